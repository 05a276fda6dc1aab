/**
 * Table specs of the surveys and reports (data contract, "The tables"): maturity, satisfaction,
 * 14+ numbers, national facilities and the data hub.
 */
import {
  integerBetween,
  maturityLevel,
  municipalityCode,
  oneOf,
  scoreTenths,
  text,
  yesNo,
} from './fields.ts';
import type { TableSpec } from './table-spec.ts';

export const digitale_volwassenheid: TableSpec<'digitale_volwassenheid'> = {
  table: 'digitale_volwassenheid',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    product: { column: 'product', field: text },
    audience: { column: 'doelgroep', field: oneOf(['burger', 'ondernemer']) },
    level: { column: 'score', field: maturityLevel },
    researchYear: { column: 'onderzoeksjaar', field: integerBetween(1990, 2100) },
  },
  key: ['municipality', 'product', 'audience'],
};

export const peilingen: TableSpec<'peilingen'> = {
  table: 'peilingen',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    survey: { column: 'peiling', field: oneOf(['burgerpeiling', 'ondernemerspeiling']) },
    indicator: {
      column: 'indicator',
      field: oneOf(['waardering dienstverlening', 'waardering digitale dienstverlening']),
    },
    scoreTenths: { column: 'score', field: scoreTenths },
  },
  key: ['municipality', 'survey', 'indicator'],
};

export const telefonie14: TableSpec<'telefonie14'> = {
  table: 'telefonie14',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    status: {
      column: 'status',
      field: oneOf(['operationeel', 'technisch aangesloten', 'niet aangesloten']),
    },
  },
  key: ['municipality'],
};

export const landelijke_voorzieningen: TableSpec<'landelijke_voorzieningen'> = {
  table: 'landelijke_voorzieningen',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    facility: {
      column: 'voorziening',
      field: oneOf(['eherkenning', 'mijnoverheid berichtenbox', 'handelsregister', 'digimelding']),
    },
    connected: { column: 'aangesloten', field: yesNo },
  },
  key: ['municipality', 'facility'],
};

export const ggk: TableSpec<'ggk'> = {
  table: 'ggk',
  columns: {
    municipality: { column: 'gemeentecode', field: municipalityCode },
    domain: { column: 'domein', field: oneOf(['ijw', 'iwmo']) },
    active: { column: 'actief', field: yesNo },
    channel: { column: 'kanaal', field: oneOf(['portaal', 'koppeling', 'nvt']) },
  },
  key: ['municipality', 'domain'],
};
