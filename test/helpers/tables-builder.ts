/**
 * Small, explicit source tables for rule tests: a register of municipalities, 100 reference
 * components (the first ten marked for digital services), package versions and helpers that
 * give one municipality an exact number of components, couplings or statuses.
 */
import type {
  MunicipalityCode,
  PortfolioStatus,
  ProfileRow,
  SourceTables,
} from '../../src/sources/tables.ts';

export const REFERENCE_DATE = '2017-01-23';
export const COMPONENTS = 100;

export function code(n: number): MunicipalityCode {
  return `GM${String(n).padStart(4, '0')}`;
}

export function componentId(n: number): string {
  return `RC${String(n).padStart(3, '0')}`;
}

export function versionId(n: number): string {
  return `PV${String(n).padStart(5, '0')}`;
}

/** `count` municipalities with accounts, contact persons and a change 10 days ago. */
export function buildTables(count: number): SourceTables {
  const tables: SourceTables = {
    gemeenten: [],
    referentiecomponenten: [],
    standaarden: [
      { id: 'S1', name: 'Zaak- en documentservices', requiredCount: 2 },
      { id: 'S2', name: 'iJw voor gemeenten', requiredCount: 1 },
    ],
    pakketversies: [],
    gemeente_pakketversies: [],
    koppelingen: [],
    gemeente_profielen: [],
    digitale_volwassenheid: [],
    peilingen: [],
    telefonie14: [],
    landelijke_voorzieningen: [],
    ggk: [],
  };
  for (let n = 1; n <= COMPONENTS; n++) {
    const name = n === 1 ? 'e-Formulieren' : `Component ${n}`;
    tables.referentiecomponenten.push({ id: componentId(n), name, digitalServices: n <= 10 });
  }
  for (let n = 1; n <= 400; n++) {
    tables.pakketversies.push({
      id: versionId(n),
      supplier: `Leverancier ${n % 7}`,
      packageName: `Pakket ${n}`,
      version: '1.0',
      endOfSupport: null,
      offer: 'on-premise',
      compliantStandardIds: [],
    });
  }
  for (let n = 1; n <= count; n++) {
    tables.gemeenten.push({
      code: code(n),
      name: `Gemeente ${n}`,
      province: 'Utrecht',
      emailDomains: [`gemeente${n}.nl`],
      startDate: null,
      endDate: null,
      successor: null,
    });
    setProfile(tables, code(n), { lastChange: '2017-01-13' });
  }
  return tables;
}

export function setProfile(
  tables: SourceTables,
  municipality: MunicipalityCode,
  changes: Partial<Omit<ProfileRow, 'municipality'>>,
): void {
  const existing = tables.gemeente_profielen.find((p) => p.municipality === municipality);
  const profile: ProfileRow = existing ?? {
    municipality,
    lastChange: null,
    contactPerson: true,
    account: true,
    administratorEmail: null,
  };
  Object.assign(profile, changes);
  if (!existing) tables.gemeente_profielen.push(profile);
}

/** Gives the municipality one in-use package version on each of components 1..count. */
export function fillComponents(
  tables: SourceTables,
  municipality: MunicipalityCode,
  count: number,
  status: PortfolioStatus = 'in productie',
): void {
  for (let n = 1; n <= count; n++) {
    tables.gemeente_pakketversies.push({
      municipality,
      packageVersionId: versionId(n),
      status,
      technology: 'on-premise',
      referenceComponentId: componentId(n),
    });
  }
}

/** Adds `count` package versions with `status` on component 1, from version 201 on. */
export function addVersionsWithStatus(
  tables: SourceTables,
  municipality: MunicipalityCode,
  count: number,
  status: PortfolioStatus,
): void {
  for (let n = 0; n < count; n++) {
    tables.gemeente_pakketversies.push({
      municipality,
      packageVersionId: versionId(201 + n),
      status,
      technology: 'on-premise',
      referenceComponentId: componentId(1),
    });
  }
}

export function addCouplings(
  tables: SourceTables,
  municipality: MunicipalityCode,
  count: number,
  standardId: string | null = null,
): void {
  const start = tables.koppelingen.length;
  for (let n = 0; n < count; n++) {
    tables.koppelingen.push({
      municipality,
      id: `K${start + n}`,
      fromPackageVersionId: versionId(1),
      to: versionId(2),
      standardId,
    });
  }
}
