/**
 * The register of 2016 and the merger of 1-1-2017: Schijndel, Sint-Oedenrode and Veghel end on
 * 31-12-2016 and merge into Meierijstad, which starts on 1-1-2017 (as the real register did).
 * The golden delivery knows only Meierijstad, with an empty catalogue entry; the three old
 * municipalities' 2016 data are copied from other Noord-Brabant municipalities of the golden
 * delivery (chosen by the seed) and then move like everyone else's.
 */
import { parse } from 'csv-parse/sync';
import { fromCompactDate, toDutchDate } from './dates.ts';
import type { DemoDelivery } from './delivery.ts';
import type { PackageIndex } from './packages.ts';
import type { Random } from './random.ts';
import { cellOf, type DemoTable, sortByMunicipality } from './table.ts';

export const SUCCESSOR = { code: 'GM1948', name: 'Meierijstad', startDate: '2017-01-01' } as const;
export const MERGED = [
  { code: 'GM0844', name: 'Schijndel', domain: 'schijndel.nl' },
  { code: 'GM0846', name: 'Sint-Oedenrode', domain: 'sint-oedenrode.nl' },
  { code: 'GM0860', name: 'Veghel', domain: 'veghel.nl' },
] as const;
const MERGED_END_DATE = '2016-12-31';

interface CbsRow {
  gemeentecode_gm: string;
  gemeentenaam: string;
  provincienaam: string;
  rvig_datum_ingang: string;
}

/**
 * The 2016 register from the CBS table: its 390 municipalities with names, provinces and start
 * dates, the golden delivery's mail domains, and Meierijstad starting 1-1-2017. Later mergers
 * in the CBS table (2018 and on) are left out: a register of 31-12-2015 did not know them.
 */
export function register2016(cbsText: string, golden: DemoTable): DemoTable {
  const domains = new Map(golden.rows.map((row) => [cellOf(row, 0), cellOf(row, 3)]));
  const merged = new Map<string, string>(MERGED.map((m) => [m.code, m.domain]));
  const cbs = parse(cbsText, { columns: true, skip_empty_lines: true }) as CbsRow[];
  const rows = cbs.map((row) => {
    const code = row.gemeentecode_gm;
    const domain = domains.get(code) ?? merged.get(code);
    if (domain === undefined) throw new Error(`no mail domain for ${code}`);
    const start = row.rvig_datum_ingang ? toDutchDate(fromCompactDate(row.rvig_datum_ingang)) : '';
    const ends = merged.has(code);
    return [
      code,
      row.gemeentenaam,
      row.provincienaam,
      domain,
      start,
      ends ? toDutchDate(MERGED_END_DATE) : '',
      ends ? SUCCESSOR.code : '',
    ];
  });
  const successorDomain = domains.get(SUCCESSOR.code) ?? 'meierijstad.nl';
  rows.push([
    SUCCESSOR.code,
    SUCCESSOR.name,
    'Noord-Brabant',
    successorDomain,
    toDutchDate(SUCCESSOR.startDate),
    '',
    '',
  ]);
  return {
    header: [...golden.header, 'datum_ingang', 'datum_einde', 'opvolger'],
    rows: rows.sort((a, b) => cellOf(a, 0).localeCompare(cellOf(b, 0))),
  };
}

/** Tables whose rows the old municipalities copy from their template municipality. */
const COPIED = [
  'gemeente_pakketversies',
  'koppelingen',
  'gemeente_profielen',
  'digitale_volwassenheid',
  'peilingen',
  'landelijke_voorzieningen',
  'ggk',
] as const;

/**
 * Turns the golden delivery's municipalities into those of late 2016: Meierijstad's rows go,
 * and each old municipality gets a template's rows under its own code. Not in the 14+ table:
 * the golden 14+ report (31-8-2016) is also 2016Q4's, and it has no row for any of them.
 */
export function splitSuccessor(delivery: DemoDelivery, random: Random, packages: PackageIndex) {
  const templates = chooseTemplates(delivery, random);
  for (const table of COPIED) {
    const rows = delivery[table].rows.filter((row) => cellOf(row, 0) !== SUCCESSOR.code);
    MERGED.forEach((merged, i) => {
      const template = templates[i] ?? '';
      const copied = rows
        .filter((row) => cellOf(row, 0) === template)
        .filter(() => table !== 'gemeente_pakketversies' || !random.chance(0.05))
        .map((row) => [merged.code, ...row.slice(1)]);
      if (table === 'koppelingen') for (const row of copied) row[1] = packages.newCouplingId();
      if (table === 'peilingen' && random.chance(0.5)) return;
      rows.push(...copied);
    });
    delivery[table].rows = sortByMunicipality(rows);
  }
}

/** Three distinct Noord-Brabant municipalities with an account and a filled catalogue entry. */
function chooseTemplates(delivery: DemoDelivery, random: Random): string[] {
  const filled = new Map<string, number>();
  for (const row of delivery.gemeente_pakketversies.rows) {
    filled.set(cellOf(row, 0), (filled.get(cellOf(row, 0)) ?? 0) + 1);
  }
  const candidates = delivery.gemeenten.rows
    .filter((row) => cellOf(row, 2) === 'Noord-Brabant' && (filled.get(cellOf(row, 0)) ?? 0) > 40)
    .map((row) => cellOf(row, 0));
  const chosen: string[] = [];
  while (chosen.length < MERGED.length) {
    const code = random.pick(candidates);
    if (!chosen.includes(code)) chosen.push(code);
  }
  return chosen;
}

/** Tables where Meierijstad takes over Veghel's rows in its first quarter with data. */
const TAKEN_OVER = [
  'gemeente_pakketversies',
  'koppelingen',
  'telefonie14',
  'landelijke_voorzieningen',
  'ggk',
] as const;

/**
 * In 2017Q2 Meierijstad fills its catalogue entry with the portfolio of Veghel (the largest of
 * the three) as it stood in 2016Q4, and appears in the reports Veghel was in.
 */
export function successorTakesOver(
  delivery: DemoDelivery,
  late2016: DemoDelivery,
  lastChange: string,
  packages: PackageIndex,
): void {
  const veghel = MERGED[2].code;
  for (const table of TAKEN_OVER) {
    const rows = delivery[table].rows.filter((row) => cellOf(row, 0) !== SUCCESSOR.code);
    const inherited = late2016[table].rows
      .filter((row) => cellOf(row, 0) === veghel)
      .map((row) => [SUCCESSOR.code, ...row.slice(1)]);
    if (table === 'koppelingen') for (const row of inherited) row[1] = packages.newCouplingId();
    delivery[table].rows = sortByMunicipality([...rows, ...inherited]);
  }
  // None of the three was in the 14+ report of 31-8-2016; Meierijstad is in the next one.
  if (!delivery.telefonie14.rows.some((row) => cellOf(row, 0) === SUCCESSOR.code)) {
    delivery.telefonie14.rows = sortByMunicipality([
      ...delivery.telefonie14.rows,
      [SUCCESSOR.code, 'operationeel'],
    ]);
  }
  for (const profile of delivery.gemeente_profielen.rows) {
    if (cellOf(profile, 0) !== SUCCESSOR.code) continue;
    profile[1] = lastChange;
    profile[2] = 'ja';
    profile[3] = 'ja';
  }
}
