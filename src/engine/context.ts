/**
 * The shared starting point of every report of one engine: the register at the reference
 * date, the source rows indexed by municipality, and the catalogue facts and peer groups of
 * every municipality. Built once; sections read from it.
 */
import type { Methodology } from '../methodology/types.ts';
import type {
  IsoDate,
  MunicipalityCode,
  MunicipalityRow,
  PackageVersionRow,
  ReferenceComponentRow,
  SourceTables,
  StandardRow,
} from '../sources/tables.ts';
import { type CatalogueFacts, computeCatalogueFacts } from './catalogue.ts';

export interface BaseContext {
  tables: SourceTables;
  methodology: Methodology;
  referenceDate: IsoDate;
  /** Municipalities in the register at the reference date, by code. */
  register: MunicipalityRow[];
  registerByCode: Map<MunicipalityCode, MunicipalityRow>;
  components: Map<string, ReferenceComponentRow>;
  versions: Map<string, PackageVersionRow>;
  standards: StandardRow[];
  catalogue: Map<MunicipalityCode, CatalogueFacts>;
  /** Municipalities per star score. */
  peers: Map<number, CatalogueFacts[]>;
  /**
   * Why the software catalogue cannot be judged at this reference date (no portfolio or
   * profile rows on or before it), or null when it can.
   */
  catalogueMissing: string | null;
}

/** Groups rows by their municipality code. */
export function groupByMunicipality<T extends { municipality: MunicipalityCode }>(
  rows: T[],
): Map<MunicipalityCode, T[]> {
  const groups = new Map<MunicipalityCode, T[]>();
  for (const row of rows) {
    const group = groups.get(row.municipality);
    if (group) group.push(row);
    else groups.set(row.municipality, [row]);
  }
  return groups;
}

export function isInRegister(row: MunicipalityRow, referenceDate: IsoDate): boolean {
  const started = row.startDate === null || row.startDate <= referenceDate;
  const notEnded = row.endDate === null || row.endDate >= referenceDate;
  return started && notEnded;
}

export function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

export function buildBaseContext(
  tables: SourceTables,
  methodology: Methodology,
  referenceDate: IsoDate,
): BaseContext {
  const register = tables.gemeenten
    .filter((row) => isInRegister(row, referenceDate))
    .sort((a, b) => a.code.localeCompare(b.code));
  const portfolio = groupByMunicipality(tables.gemeente_pakketversies);
  const couplings = groupByMunicipality(tables.koppelingen);
  const profiles = new Map(tables.gemeente_profielen.map((p) => [p.municipality, p]));

  const catalogue = new Map<MunicipalityCode, CatalogueFacts>();
  const peers = new Map<number, CatalogueFacts[]>();
  for (const { code } of register) {
    const rows = {
      portfolio: portfolio.get(code) ?? [],
      couplings: couplings.get(code) ?? [],
      profile: profiles.get(code) ?? null,
    };
    const facts = computeCatalogueFacts(code, rows, referenceDate, methodology);
    catalogue.set(code, facts);
    const group = peers.get(facts.stars);
    if (group) group.push(facts);
    else peers.set(facts.stars, [facts]);
  }

  return {
    tables,
    methodology,
    referenceDate,
    register,
    registerByCode: new Map(register.map((m) => [m.code, m])),
    components: byId(tables.referentiecomponenten),
    versions: byId(tables.pakketversies),
    standards: tables.standaarden,
    catalogue,
    peers,
    catalogueMissing:
      tables.gemeente_pakketversies.length === 0 || tables.gemeente_profielen.length === 0
        ? 'Er zijn geen gegevens van de Softwarecatalogus van op of vóór de peildatum.'
        : null,
  };
}

/** Compares names ignoring case, the Dutch way (`iJw` between `D` and `M`). */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'nl', { sensitivity: 'base' }) || a.localeCompare(b, 'nl');
}

/** The catalogue facts of a register municipality (every one has them). */
export function factsOf(base: BaseContext, code: MunicipalityCode): CatalogueFacts {
  const facts = base.catalogue.get(code);
  if (!facts) throw new Error(`No catalogue facts for ${code}`);
  return facts;
}

/** The peer group of a municipality: every municipality with the same star score. */
export function peersOf(base: BaseContext, facts: CatalogueFacts): CatalogueFacts[] {
  return base.peers.get(facts.stars) ?? [facts];
}
