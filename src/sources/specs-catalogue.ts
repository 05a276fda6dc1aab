/**
 * Table specs of the municipality register and the software catalogue (data contract,
 * "The tables"): each maps the contract's Dutch columns onto the row types of tables.ts.
 */
import {
  domainList,
  idList,
  integerBetween,
  municipalityCode,
  oneOf,
  optionalDate,
  optionalEmail,
  optionalMunicipalityCode,
  optionalText,
  text,
  yesNo,
} from './fields.ts';
import type { TableSpec } from './table-spec.ts';

const technology = oneOf(['on-premise', 'saas']);

export const gemeenten: TableSpec<'gemeenten'> = {
  table: 'gemeenten',
  columns: {
    code: { column: 'gemeentecode', field: municipalityCode },
    name: { column: 'gemeentenaam', field: text },
    province: { column: 'provincie', field: text },
    emailDomains: { column: 'emaildomeinen', field: domainList },
    startDate: { column: 'datum_ingang', field: optionalDate, optional: true },
    endDate: { column: 'datum_einde', field: optionalDate, optional: true },
    successor: { column: 'opvolger', field: optionalMunicipalityCode, optional: true },
  },
  key: ['code'],
};

export const referentiecomponenten: TableSpec<'referentiecomponenten'> = {
  table: 'referentiecomponenten',
  columns: {
    id: { column: 'id', field: text },
    name: { column: 'naam', field: text },
    digitalServices: { column: 'digitale_dienstverlening', field: yesNo },
  },
  key: ['id'],
};

export const standaarden: TableSpec<'standaarden'> = {
  table: 'standaarden',
  columns: {
    id: { column: 'id', field: text },
    name: { column: 'naam', field: text },
    requiredCount: { column: 'benodigd_aantal', field: integerBetween(1, 2) },
  },
  key: ['id'],
};

export const pakketversies: TableSpec<'pakketversies'> = {
  table: 'pakketversies',
  columns: {
    id: { column: 'pakketversie_id', field: text },
    supplier: { column: 'leverancier', field: text },
    packageName: { column: 'pakket', field: text },
    version: { column: 'versie', field: text },
    endOfSupport: { column: 'einde_ondersteuning', field: optionalDate },
    offer: { column: 'aanbod', field: oneOf(['on-premise', 'saas', 'beide']) },
    compliantStandardIds: { column: 'compliant_standaarden', field: idList },
  },
  key: ['id'],
};

export const gemeente_pakketversies: TableSpec<'gemeente_pakketversies'> = {
  table: 'gemeente_pakketversies',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    packageVersionId: { column: 'pakketversie_id', field: text },
    status: {
      column: 'status',
      field: oneOf(['in productie', 'gepland', 'uit te faseren', 'niet meer in gebruik']),
    },
    technology: { column: 'technologie', field: technology },
    referenceComponentId: { column: 'referentiecomponent_id', field: text },
  },
  key: ['municipality', 'packageVersionId', 'referenceComponentId'],
};

export const koppelingen: TableSpec<'koppelingen'> = {
  table: 'koppelingen',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    id: { column: 'koppeling_id', field: text },
    fromPackageVersionId: { column: 'van_pakketversie_id', field: text },
    to: { column: 'naar', field: text },
    standardId: { column: 'standaard_id', field: optionalText },
  },
  key: ['id'],
};

export const gemeente_profielen: TableSpec<'gemeente_profielen'> = {
  table: 'gemeente_profielen',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    // The row type allows an unknown last change; the column itself is required.
    lastChange: { column: 'laatste_wijziging', field: optionalDate },
    contactPerson: { column: 'contactpersoon', field: yesNo },
    account: { column: 'account', field: yesNo },
    administratorEmail: { column: 'beheerder_email', field: optionalEmail, optional: true },
  },
  key: ['municipality'],
};
