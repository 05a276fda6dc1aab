/**
 * How the survey and report tables move between quarters: satisfaction scores drift a little
 * and a few municipalities join the surveys each quarter, 14+ numbers and national facilities
 * get connected, the GGk's monthly activity comes and goes while automated couplings replace
 * the portal, and the maturity survey of 2015 scored somewhat lower than that of 2016.
 * `direction` is -1 for a step back in time and +1 for a step forward.
 */
import type { DemoDelivery } from './delivery.ts';
import type { Random } from './random.ts';
import { cellOf, sortByMunicipality } from './table.ts';

type Direction = -1 | 1;

const PHONE_LADDER = ['niet aangesloten', 'technisch aangesloten', 'operationeel'];
const MATURITY_LADDER = ['0%', '33%', '66%', '100%'];

export function moveSurveys(
  delivery: DemoDelivery,
  direction: Direction,
  random: Random,
  joiners: string[],
): void {
  const table = delivery.peilingen;
  for (const row of table.rows) {
    if (!random.chance(0.35)) continue;
    const tenths = Math.round(Number(cellOf(row, 3).replace(',', '.')) * 10);
    const moved = Math.min(95, Math.max(40, tenths + random.int(-3, 3)));
    row[3] = `${Math.floor(moved / 10)},${moved % 10}`;
  }
  const participants = [...new Set(table.rows.map((row) => cellOf(row, 0)))].sort();
  if (direction < 0) {
    // Going back, a few of today's participants had not taken part yet.
    const leaving = new Set(
      Array.from({ length: random.int(2, 4) }, () => random.pick(participants)),
    );
    table.rows = table.rows.filter((row) => !leaving.has(cellOf(row, 0)));
    return;
  }
  for (const code of joiners.filter((c) => !participants.includes(c))) {
    const digital = random.int(58, 74);
    table.rows.push(
      [code, 'burgerpeiling', 'waardering dienstverlening', tenthsText(digital + random.int(2, 8))],
      [code, 'burgerpeiling', 'waardering digitale dienstverlening', tenthsText(digital)],
    );
  }
  table.rows = sortByMunicipality(table.rows);
}

function tenthsText(tenths: number): string {
  return `${Math.floor(tenths / 10)},${tenths % 10}`;
}

export function movePhone14(delivery: DemoDelivery, direction: Direction, random: Random): void {
  for (const row of delivery.telefonie14.rows) {
    const step = PHONE_LADDER.indexOf(cellOf(row, 1));
    const chance = direction < 0 ? (step === 2 ? 0.12 : 0.3) : step === 0 ? 0.1 : 0.3;
    const target = PHONE_LADDER[step + direction];
    if (target !== undefined && random.chance(chance)) row[1] = target;
  }
}

export function moveFacilities(delivery: DemoDelivery, direction: Direction, random: Random) {
  const from = direction < 0 ? 'ja' : 'nee';
  const to = direction < 0 ? 'nee' : 'ja';
  const chance = direction < 0 ? 0.04 : 0.1;
  for (const row of delivery.landelijke_voorzieningen.rows) {
    if (cellOf(row, 2) === from && random.chance(chance)) row[2] = to;
  }
}

/** GGk rows: `gemeentecode;domein;actief;kanaal`; inactive rows have channel `nvt`. */
export function moveDataHub(delivery: DemoDelivery, direction: Direction, random: Random) {
  for (const row of delivery.ggk.rows) {
    if (cellOf(row, 2) === 'ja' && random.chance(0.05)) {
      row[2] = 'nee';
      row[3] = 'nvt';
    } else if (cellOf(row, 2) === 'nee' && random.chance(0.3)) {
      row[2] = 'ja';
      row[3] = 'portaal';
    } else if (direction < 0 && cellOf(row, 3) === 'koppeling' && random.chance(0.1)) {
      row[3] = 'portaal';
    } else if (direction > 0 && cellOf(row, 3) === 'portaal' && random.chance(0.08)) {
      row[3] = 'koppeling';
    }
  }
}

/** The previous year's maturity survey: some products one level lower, research year 2015. */
export function previousMaturitySurvey(delivery: DemoDelivery, random: Random): void {
  for (const row of delivery.digitale_volwassenheid.rows) {
    const level = MATURITY_LADDER.indexOf(cellOf(row, 3));
    const lower = MATURITY_LADDER[level - 1];
    if (level > 0 && lower !== undefined && random.chance(level === 1 ? 0.1 : 0.15)) row[3] = lower;
    row[4] = String(Number(cellOf(row, 4)) - 1);
  }
}
