/**
 * How each source table's typed rows become database records and back. Lists are stored
 * `|`-joined (as in the source files) and yes/no values as 0/1. Reading trusts the stored
 * enum texts: they were checked by the readers before they were stored.
 */
import type { Insertable, Selectable } from 'kysely';
import type {
  Audience,
  DataHubChannel,
  DataHubDomain,
  MaturityLevel,
  NationalFacility,
  Offer,
  Phone14Status,
  PortfolioStatus,
  Survey,
  SurveyIndicator,
  TableName,
  TableRows,
  Technology,
} from '../sources/tables.ts';
import type { Database, ROW_TABLES } from './schema.ts';

type RowTableOf<T extends TableName> = (typeof ROW_TABLES)[T];
type Values<S extends keyof Database> = Omit<Insertable<Database[S]>, 'import_id' | 'position'>;

export interface RowCodec<T extends TableName> {
  toRecord(row: TableRows[T]): Values<RowTableOf<T>>;
  fromRecord(record: Selectable<Database[RowTableOf<T>]>): TableRows[T];
}

const joinList = (items: string[]): string => items.join('|');
const splitList = (text: string): string[] => (text === '' ? [] : text.split('|'));
const flag = (value: boolean): number => (value ? 1 : 0);
const isSet = (value: number): boolean => value !== 0;

export const CODECS: { [T in TableName]: RowCodec<T> } = {
  gemeenten: {
    toRecord: (r) => ({
      code: r.code,
      name: r.name,
      province: r.province,
      email_domains: joinList(r.emailDomains),
      start_date: r.startDate,
      end_date: r.endDate,
      successor: r.successor,
    }),
    fromRecord: (r) => ({
      code: r.code,
      name: r.name,
      province: r.province,
      emailDomains: splitList(r.email_domains),
      startDate: r.start_date,
      endDate: r.end_date,
      successor: r.successor,
    }),
  },
  referentiecomponenten: {
    toRecord: (r) => ({ id: r.id, name: r.name, digital_services: flag(r.digitalServices) }),
    fromRecord: (r) => ({ id: r.id, name: r.name, digitalServices: isSet(r.digital_services) }),
  },
  standaarden: {
    toRecord: (r) => ({ id: r.id, name: r.name, required_count: r.requiredCount }),
    fromRecord: (r) => ({ id: r.id, name: r.name, requiredCount: r.required_count }),
  },
  pakketversies: {
    toRecord: (r) => ({
      id: r.id,
      supplier: r.supplier,
      package_name: r.packageName,
      version: r.version,
      end_of_support: r.endOfSupport,
      offer: r.offer,
      compliant_standard_ids: joinList(r.compliantStandardIds),
    }),
    fromRecord: (r) => ({
      id: r.id,
      supplier: r.supplier,
      packageName: r.package_name,
      version: r.version,
      endOfSupport: r.end_of_support,
      offer: r.offer as Offer,
      compliantStandardIds: splitList(r.compliant_standard_ids),
    }),
  },
  gemeente_pakketversies: {
    toRecord: (r) => ({
      municipality: r.municipality,
      package_version_id: r.packageVersionId,
      status: r.status,
      technology: r.technology,
      reference_component_id: r.referenceComponentId,
    }),
    fromRecord: (r) => ({
      municipality: r.municipality,
      packageVersionId: r.package_version_id,
      status: r.status as PortfolioStatus,
      technology: r.technology as Technology,
      referenceComponentId: r.reference_component_id,
    }),
  },
  koppelingen: {
    toRecord: (r) => ({
      municipality: r.municipality,
      id: r.id,
      from_package_version_id: r.fromPackageVersionId,
      target: r.to,
      standard_id: r.standardId,
    }),
    fromRecord: (r) => ({
      municipality: r.municipality,
      id: r.id,
      fromPackageVersionId: r.from_package_version_id,
      to: r.target,
      standardId: r.standard_id,
    }),
  },
  gemeente_profielen: {
    toRecord: (r) => ({
      municipality: r.municipality,
      last_change: r.lastChange,
      contact_person: flag(r.contactPerson),
      account: flag(r.account),
      administrator_email: r.administratorEmail,
    }),
    fromRecord: (r) => ({
      municipality: r.municipality,
      lastChange: r.last_change,
      contactPerson: isSet(r.contact_person),
      account: isSet(r.account),
      administratorEmail: r.administrator_email,
    }),
  },
  digitale_volwassenheid: {
    toRecord: (r) => ({
      municipality: r.municipality,
      product: r.product,
      audience: r.audience,
      level: r.level,
      research_year: r.researchYear,
    }),
    fromRecord: (r) => ({
      municipality: r.municipality,
      product: r.product,
      audience: r.audience as Audience,
      level: r.level as MaturityLevel,
      researchYear: r.research_year,
    }),
  },
  peilingen: {
    toRecord: (r) => ({
      municipality: r.municipality,
      survey: r.survey,
      indicator: r.indicator,
      score_tenths: r.scoreTenths,
    }),
    fromRecord: (r) => ({
      municipality: r.municipality,
      survey: r.survey as Survey,
      indicator: r.indicator as SurveyIndicator,
      scoreTenths: r.score_tenths,
    }),
  },
  telefonie14: {
    toRecord: (r) => ({ municipality: r.municipality, status: r.status }),
    fromRecord: (r) => ({ municipality: r.municipality, status: r.status as Phone14Status }),
  },
  landelijke_voorzieningen: {
    toRecord: (r) => ({
      municipality: r.municipality,
      facility: r.facility,
      connected: flag(r.connected),
    }),
    fromRecord: (r) => ({
      municipality: r.municipality,
      facility: r.facility as NationalFacility,
      connected: isSet(r.connected),
    }),
  },
  ggk: {
    toRecord: (r) => ({
      municipality: r.municipality,
      domain: r.domain,
      active: flag(r.active),
      channel: r.channel,
    }),
    fromRecord: (r) => ({
      municipality: r.municipality,
      domain: r.domain as DataHubDomain,
      active: isSet(r.active),
      channel: r.channel as DataHubChannel,
    }),
  },
};
