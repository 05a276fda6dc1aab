/**
 * Typed rows of the source tables of the data contract (`shared/spec/data-contract.md`).
 * Readers turn files into these rows; the store keeps them; the engine computes from them.
 * Table names are the contract's own (Dutch) names, because they are what users put in
 * `bronnen.csv`.
 */

/** CBS municipality code, always normalised to `GM` and four digits: `GM0441`. */
export type MunicipalityCode = string;

/** A calendar date as `YYYY-MM-DD` (no time of day, no time zone). */
export type IsoDate = string;

export const TABLE_NAMES = [
  'gemeenten',
  'referentiecomponenten',
  'standaarden',
  'pakketversies',
  'gemeente_pakketversies',
  'koppelingen',
  'gemeente_profielen',
  'digitale_volwassenheid',
  'peilingen',
  'telefonie14',
  'landelijke_voorzieningen',
  'ggk',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

/** `gemeenten`: the municipality register. */
export interface MunicipalityRow {
  code: MunicipalityCode;
  name: string;
  province: string;
  emailDomains: string[];
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  successor: MunicipalityCode | null;
}

/** `referentiecomponenten`: GEMMA reference components. */
export interface ReferenceComponentRow {
  id: string;
  name: string;
  /** One of the ten facilities of section 1.3. */
  digitalServices: boolean;
}

/** `standaarden`: end-product standards. */
export interface StandardRow {
  id: string;
  name: string;
  /** Compliant package versions needed to implement the standard (1 or 2). */
  requiredCount: number;
}

export type Offer = 'on-premise' | 'saas' | 'beide';
export type Technology = 'on-premise' | 'saas';
export type PortfolioStatus =
  | 'in productie'
  | 'gepland'
  | 'uit te faseren'
  | 'niet meer in gebruik';

/** `pakketversies`: package versions offered by suppliers. */
export interface PackageVersionRow {
  id: string;
  supplier: string;
  packageName: string;
  version: string;
  endOfSupport: IsoDate | null;
  offer: Offer;
  compliantStandardIds: string[];
}

/** `gemeente_pakketversies`: one row per municipality, package version and reference component. */
export interface PortfolioRow {
  municipality: MunicipalityCode;
  packageVersionId: string;
  status: PortfolioStatus;
  technology: Technology;
  referenceComponentId: string;
}

/** `koppelingen`: couplings registered by a municipality. */
export interface CouplingRow {
  municipality: MunicipalityCode;
  id: string;
  fromPackageVersionId: string;
  /** A package version id, or free text naming a national facility. */
  to: string;
  /** Null for a custom coupling. */
  standardId: string | null;
}

/** `gemeente_profielen`: a municipality's entry in the software catalogue. */
export interface ProfileRow {
  municipality: MunicipalityCode;
  lastChange: IsoDate | null;
  contactPerson: boolean;
  account: boolean;
  administratorEmail: string | null;
}

export type Audience = 'burger' | 'ondernemer';
/** A maturity level in whole percent; null is "niet waargenomen" (left out of every mean). */
export type MaturityLevel = 0 | 33 | 66 | 100 | null;

/** `digitale_volwassenheid`: the digital-maturity survey. */
export interface MaturityRow {
  municipality: MunicipalityCode;
  product: string;
  audience: Audience;
  level: MaturityLevel;
  researchYear: number;
}

export type Survey = 'burgerpeiling' | 'ondernemerspeiling';
export type SurveyIndicator = 'waardering dienstverlening' | 'waardering digitale dienstverlening';

/** `peilingen`: satisfaction surveys. */
export interface SurveyRow {
  municipality: MunicipalityCode;
  survey: Survey;
  indicator: SurveyIndicator;
  /** The score 1-10 in tenths (`6,7` is 67), so that means stay exact. */
  scoreTenths: number;
}

export type Phone14Status = 'operationeel' | 'technisch aangesloten' | 'niet aangesloten';

/** `telefonie14`: the 14+ phone number report. */
export interface Phone14Row {
  municipality: MunicipalityCode;
  status: Phone14Status;
}

export type NationalFacility =
  | 'eherkenning'
  | 'mijnoverheid berichtenbox'
  | 'handelsregister'
  | 'digimelding';

/** `landelijke_voorzieningen`: connections to national facilities. */
export interface NationalFacilityRow {
  municipality: MunicipalityCode;
  facility: NationalFacility;
  connected: boolean;
}

export type DataHubDomain = 'ijw' | 'iwmo';
export type DataHubChannel = 'portaal' | 'koppeling' | 'nvt';

/** `ggk`: the data hub report. */
export interface DataHubRow {
  municipality: MunicipalityCode;
  domain: DataHubDomain;
  active: boolean;
  channel: DataHubChannel;
}

/** The row type of each table. */
export interface TableRows {
  gemeenten: MunicipalityRow;
  referentiecomponenten: ReferenceComponentRow;
  standaarden: StandardRow;
  pakketversies: PackageVersionRow;
  gemeente_pakketversies: PortfolioRow;
  koppelingen: CouplingRow;
  gemeente_profielen: ProfileRow;
  digitale_volwassenheid: MaturityRow;
  peilingen: SurveyRow;
  telefonie14: Phone14Row;
  landelijke_voorzieningen: NationalFacilityRow;
  ggk: DataHubRow;
}

/** Every table's rows, as they stood on one reference date. */
export type SourceTables = { [T in TableName]: TableRows[T][] };

/** One stored import of one table: what a report records as its source. */
export interface ImportVersion {
  id: number;
  table: TableName;
  dataDate: IsoDate;
  fileName: string;
  contentHash: string;
  importedAt: string;
  rowCount: number;
}

/** The imports a report used, per table; a table never imported is absent. */
export type SourceImports = Partial<Record<TableName, ImportVersion>>;
