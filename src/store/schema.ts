/**
 * The database as Kysely sees it: bookkeeping tables (`deliveries`, `imports`) and one table
 * per source table holding the typed rows of each import. Columns are English snake_case;
 * dates are ISO text and yes/no values integers 0/1, so that SQLite and PostgreSQL store and
 * return the same values.
 */
import type { Generated } from 'kysely';
import type { TableName } from '../sources/tables.ts';
import type { ApiTokensTable } from './schema-api.ts';
import type { ExplanationsTable } from './schema-explanations.ts';
import type { PortalTables } from './schema-portal.ts';

export interface DeliveriesTable {
  id: Generated<number>;
  folder: string;
  imported_at: string;
}

export interface ImportsTable {
  id: Generated<number>;
  table_name: string;
  data_date: string;
  file_name: string;
  content_hash: string;
  imported_at: string;
  row_count: number;
  delivery_id: number | null;
}

/** Every row table is keyed by its import and the row's position in the file. */
interface StoredRow {
  import_id: number;
  position: number;
}

export interface MunicipalitiesTable extends StoredRow {
  code: string;
  name: string;
  province: string;
  /** `|`-joined, like the source column. */
  email_domains: string;
  start_date: string | null;
  end_date: string | null;
  successor: string | null;
}

export interface ReferenceComponentsTable extends StoredRow {
  id: string;
  name: string;
  digital_services: number;
}

export interface StandardsTable extends StoredRow {
  id: string;
  name: string;
  required_count: number;
}

export interface PackageVersionsTable extends StoredRow {
  id: string;
  supplier: string;
  package_name: string;
  version: string;
  end_of_support: string | null;
  offer: string;
  /** `|`-joined, like the source column. */
  compliant_standard_ids: string;
}

export interface PortfolioEntriesTable extends StoredRow {
  municipality: string;
  package_version_id: string;
  status: string;
  technology: string;
  reference_component_id: string;
}

export interface CouplingsTable extends StoredRow {
  municipality: string;
  id: string;
  from_package_version_id: string;
  target: string;
  standard_id: string | null;
}

export interface CatalogueProfilesTable extends StoredRow {
  municipality: string;
  last_change: string | null;
  contact_person: number;
  account: number;
  administrator_email: string | null;
}

export interface MaturityScoresTable extends StoredRow {
  municipality: string;
  product: string;
  audience: string;
  level: number | null;
  research_year: number;
}

export interface SurveyScoresTable extends StoredRow {
  municipality: string;
  survey: string;
  indicator: string;
  score_tenths: number;
}

export interface Phone14StatusesTable extends StoredRow {
  municipality: string;
  status: string;
}

export interface NationalFacilityConnectionsTable extends StoredRow {
  municipality: string;
  facility: string;
  connected: number;
}

export interface DataHubUsageTable extends StoredRow {
  municipality: string;
  domain: string;
  active: number;
  channel: string;
}

/** One methodology version (migration 007); `rules` is null for versions known only by name. */
export interface MethodologyVersionsTable {
  version: string;
  effective_from: string;
  /** The `Methodology` object as canonical JSON (keys sorted). */
  rules: string | null;
  /** JSON array of the Dutch change lines of appendix 4. */
  changes: string;
  entered_at: string;
}

/** The source rows and bookkeeping, plus the portal's tables (migration 002). */
export interface Database extends PortalTables {
  deliveries: DeliveriesTable;
  imports: ImportsTable;
  municipalities: MunicipalitiesTable;
  reference_components: ReferenceComponentsTable;
  standards: StandardsTable;
  package_versions: PackageVersionsTable;
  portfolio_entries: PortfolioEntriesTable;
  couplings: CouplingsTable;
  catalogue_profiles: CatalogueProfilesTable;
  maturity_scores: MaturityScoresTable;
  survey_scores: SurveyScoresTable;
  phone14_statuses: Phone14StatusesTable;
  national_facility_connections: NationalFacilityConnectionsTable;
  data_hub_usage: DataHubUsageTable;
  api_tokens: ApiTokensTable;
  methodology_versions: MethodologyVersionsTable;
  explanations: ExplanationsTable;
}

/** The database table holding each source table's rows. */
export const ROW_TABLES = {
  gemeenten: 'municipalities',
  referentiecomponenten: 'reference_components',
  standaarden: 'standards',
  pakketversies: 'package_versions',
  gemeente_pakketversies: 'portfolio_entries',
  koppelingen: 'couplings',
  gemeente_profielen: 'catalogue_profiles',
  digitale_volwassenheid: 'maturity_scores',
  peilingen: 'survey_scores',
  telefonie14: 'phone14_statuses',
  landelijke_voorzieningen: 'national_facility_connections',
  ggk: 'data_hub_usage',
} as const satisfies Record<TableName, keyof Database>;

export type RowTableName = (typeof ROW_TABLES)[TableName];
