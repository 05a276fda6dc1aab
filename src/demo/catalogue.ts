/**
 * How a municipality's catalogue entry moves between quarters. Going back, a municipality whose
 * last change lies after the earlier quarter's date had a smaller or older portfolio then:
 * rows removed (planned ones first), phased-out versions still in production, older versions
 * of a package, fewer couplings, sometimes no contact person, and a last change before that
 * date. A municipality that did not change since keeps its entry as it is.
 */
import type { IsoDate } from '../sources/tables.ts';
import { addDays, fromDutchDate, toDutchDate } from './dates.ts';
import type { DemoDelivery } from './delivery.ts';
import type { PackageIndex } from './packages.ts';
import type { Random } from './random.ts';
import { cellOf, columnOf, rowsByMunicipality, sortByMunicipality } from './table.ts';

const PROFILE = { lastChange: 1, contact: 2, account: 3 } as const;

/** One step back: the entry at `to` (an earlier catalogue date) from the entry after it. */
export function catalogueBack(
  delivery: DemoDelivery,
  to: IsoDate,
  random: Random,
  packages: PackageIndex,
): void {
  const portfolio = rowsByMunicipality(delivery.gemeente_pakketversies);
  const couplings = rowsByMunicipality(delivery.koppelingen);
  for (const profile of delivery.gemeente_profielen.rows) {
    const code = cellOf(profile, 0);
    const lastChange = cellOf(profile, PROFILE.lastChange);
    if (lastChange === '' || fromDutchDate(lastChange) <= to) continue;

    // This municipality changed its entry after `to`: undo some of it.
    const removeShare = random.chance(0.04) ? 0.35 : 0.01 + random.next() * 0.06;
    const rows = portfolio.get(code) ?? [];
    portfolio.set(code, olderPortfolio(rows, removeShare, random, packages));
    const links = couplings.get(code) ?? [];
    couplings.set(
      code,
      links.filter(() => !random.chance(removeShare * 0.8)),
    );
    profile[PROFILE.lastChange] = toDutchDate(
      addDays(to, -(1 + Math.floor(random.next() ** 1.4 * 260))),
    );
    if (cellOf(profile, PROFILE.contact) === 'ja' && random.chance(0.05)) {
      profile[PROFILE.contact] = 'nee';
    }
  }
  delivery.gemeente_pakketversies.rows = sortByMunicipality([...portfolio.values()].flat());
  delivery.koppelingen.rows = sortByMunicipality([...couplings.values()].flat());
}

function olderPortfolio(
  rows: string[][],
  removeShare: number,
  random: Random,
  packages: PackageIndex,
): string[][] {
  const older: string[][] = [];
  const keys = new Set(rows.map(portfolioKey));
  for (const row of rows) {
    const status = cellOf(row, 2);
    if (status === 'gepland' && random.chance(0.5)) continue;
    if (random.chance(removeShare)) continue;
    const moved = [...row];
    if (status === 'uit te faseren' && random.chance(0.25)) moved[2] = 'in productie';
    if (status === 'niet meer in gebruik' && random.chance(0.4)) moved[2] = 'uit te faseren';
    const before = packages.previous.get(cellOf(row, 1));
    if (status === 'in productie' && before !== undefined && random.chance(0.04)) {
      const swapped = [...moved];
      swapped[1] = before;
      if (!keys.has(portfolioKey(swapped))) {
        keys.delete(portfolioKey(moved));
        keys.add(portfolioKey(swapped));
        older.push(swapped);
        continue;
      }
    }
    older.push(moved);
  }
  return older;
}

/** The key of a portfolio row: code, version and component. */
export function portfolioKey(row: string[]): string {
  return `${cellOf(row, 0)}|${cellOf(row, 1)}|${cellOf(row, 4)}`;
}

/**
 * One step forward to `to`: about half of the municipalities with an account edit their entry
 * in the quarter: new components filled, planned versions taken into production, phased-out
 * ones retired, newer versions, new couplings, a contact person found.
 */
export function catalogueForward(
  delivery: DemoDelivery,
  from: IsoDate,
  to: IsoDate,
  random: Random,
  packages: PackageIndex,
): void {
  const portfolio = rowsByMunicipality(delivery.gemeente_pakketversies);
  const couplings = rowsByMunicipality(delivery.koppelingen);
  const span = daysBetween(from, to);
  for (const profile of delivery.gemeente_profielen.rows) {
    const code = cellOf(profile, 0);
    if (cellOf(profile, PROFILE.account) !== 'ja' || !random.chance(0.45)) continue;
    const rows = newerPortfolio(code, portfolio.get(code) ?? [], random, packages);
    portfolio.set(code, rows);
    couplings.set(code, [
      ...(couplings.get(code) ?? []),
      ...newCouplings(code, rows, random, packages),
    ]);
    profile[PROFILE.lastChange] = toDutchDate(addDays(from, random.int(1, span)));
    if (cellOf(profile, PROFILE.contact) === 'nee' && random.chance(0.2)) {
      profile[PROFILE.contact] = 'ja';
    }
  }
  delivery.gemeente_pakketversies.rows = sortByMunicipality([...portfolio.values()].flat());
  delivery.koppelingen.rows = sortByMunicipality([...couplings.values()].flat());
}

function newerPortfolio(
  code: string,
  rows: string[][],
  random: Random,
  packages: PackageIndex,
): string[][] {
  const keys = new Set(rows.map(portfolioKey));
  const newer = rows.map((row) => {
    const moved = [...row];
    const status = cellOf(row, 2);
    if (status === 'gepland' && random.chance(0.3)) moved[2] = 'in productie';
    if (status === 'uit te faseren' && random.chance(0.2)) moved[2] = 'niet meer in gebruik';
    const after = packages.next.get(cellOf(row, 1));
    if (status === 'in productie' && after !== undefined && random.chance(0.03)) {
      const swapped = [...moved];
      swapped[1] = after;
      if (!keys.has(portfolioKey(swapped))) {
        keys.add(portfolioKey(swapped));
        return swapped;
      }
    }
    return moved;
  });
  const filled = new Set(rows.map((row) => cellOf(row, 4)));
  const open = [...packages.usedFor.keys()].filter((rc) => !filled.has(rc)).sort();
  for (let added = random.int(0, 3); added > 0 && open.length > 0; added--) {
    const component = open.splice(random.int(0, open.length - 1), 1)[0] ?? '';
    const version = random.pick(packages.usedFor.get(component) ?? []);
    const status = random.chance(0.85) ? 'in productie' : 'gepland';
    const runsAs = technologyFor(packages.offer.get(version), random);
    newer.push([code, version, status, runsAs, component]);
  }
  return newer;
}

function technologyFor(offer: string | undefined, random: Random): string {
  if (offer === 'saas') return 'saas';
  return offer === 'beide' && random.chance(0.5) ? 'saas' : 'on-premise';
}

function newCouplings(
  code: string,
  rows: string[][],
  random: Random,
  packages: PackageIndex,
): string[][] {
  const versions = [...new Set(rows.map((row) => cellOf(row, 1)))];
  if (versions.length < 2) return [];
  const made: string[][] = [];
  for (let n = random.int(0, 2); n > 0; n--) {
    const standard = random.chance(0.5) ? random.pick(packages.standards) : '';
    const source = random.pick(versions);
    const target = random.pick(versions.filter((version) => version !== source));
    made.push([code, packages.newCouplingId(), source, target, standard]);
  }
  return made;
}

function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Column checks, so a golden file with another column order fails loudly. */
export function checkCatalogueColumns(delivery: DemoDelivery): void {
  const expect = (table: keyof DemoDelivery, names: string[]) =>
    names.forEach((name, index) => {
      if (columnOf(delivery[table], name) !== index) throw new Error(`${table}.${name} moved`);
    });
  expect('gemeente_pakketversies', [
    'gemeentecode',
    'pakketversie_id',
    'status',
    'technologie',
    'referentiecomponent_id',
  ]);
  expect('koppelingen', [
    'gemeentecode',
    'koppeling_id',
    'van_pakketversie_id',
    'naar',
    'standaard_id',
  ]);
  expect('gemeente_profielen', ['gemeentecode', 'laatste_wijziging', 'contactpersoon', 'account']);
}
