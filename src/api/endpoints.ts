/**
 * The API's endpoints in one list: the OpenAPI document is written from it, and the tests
 * check that the routes serve exactly these paths (OpenAPI path templates, `{code}`).
 */
import type { ComponentName } from './openapi.ts';

export type ErrorStatus = 400 | 401 | 403 | 404 | 429;

export interface Endpoint {
  path: string;
  operationId: string;
  summary: string;
  description: string;
  parameters: ('code' | 'peildatum')[];
  answer: ComponentName | 'csv' | 'openapi';
  errors: ErrorStatus[];
  /** No sign-in needed. */
  public?: boolean;
}

/** Errors every signed-in endpoint can give. */
const SIGNED_IN: ErrorStatus[] = [401, 429];
const DATED: ErrorStatus[] = [400, 401, 404, 429];

export const ENDPOINTS: Endpoint[] = [
  {
    path: '/api/openapi.json',
    operationId: 'openapi',
    summary: 'Dit OpenAPI-document',
    description: 'Beschrijft alle adressen, parameters, antwoorden en fouten. Openbaar.',
    parameters: [],
    answer: 'openapi',
    errors: [],
    public: true,
  },
  {
    path: '/api/v1/peildata',
    operationId: 'peildata',
    summary: 'Peildata met een monitor',
    description: 'De peildata waarvoor een monitor bestaat, nieuwste eerst.',
    parameters: [],
    answer: 'ReferenceDates',
    errors: SIGNED_IN,
  },
  {
    path: '/api/v1/gemeenten',
    operationId: 'gemeenten',
    summary: 'Gemeenten die u mag zien',
    description:
      'De gemeenten in het gemeentenregister op de peildatum die de aanroeper mag zien: ' +
      'voor een medewerker de eigen gemeente(n), voor het monitorteam alle.',
    parameters: ['peildatum'],
    answer: 'MunicipalityList',
    errors: DATED,
  },
  {
    path: '/api/v1/gemeenten/{code}/monitor',
    operationId: 'monitor',
    summary: 'De monitor van een gemeente (rapportmodel)',
    description:
      'Het volledige rapportmodel waaruit ook de HTML- en PDF-monitor worden gemaakt. ' +
      'Een onbekende gemeente en een gemeente zonder toegang geven hetzelfde 404-antwoord.',
    parameters: ['code', 'peildatum'],
    answer: 'Report',
    errors: DATED,
  },
  {
    path: '/api/v1/gemeenten/{code}/cijfers',
    operationId: 'cijfers',
    summary: 'De cijfers van een gemeente',
    description:
      'Alle cijfers: id, paragraaf, omschrijving, waarde zoals getoond, exacte teller en ' +
      'noemer, vergelijking zoals getoond en beoordeling.',
    parameters: ['code', 'peildatum'],
    answer: 'Figures',
    errors: DATED,
  },
  {
    path: '/api/v1/gemeenten/{code}/cijfers.csv',
    operationId: 'cijfersCsv',
    summary: 'De cijfers van een gemeente als CSV',
    description: 'Dezelfde cijfers als CSV, afgerond precies zoals de monitor ze toont.',
    parameters: ['code', 'peildatum'],
    answer: 'csv',
    errors: DATED,
  },
  {
    path: '/api/v1/cijfers.csv',
    operationId: 'landelijkeCijfersCsv',
    summary: 'De cijfers van alle gemeenten als CSV (monitorteam)',
    description:
      'Alle cijfers van alle gemeenten in het register op de peildatum, afgerond zoals de ' +
      'monitor ze toont. Alleen voor het monitorteam.',
    parameters: ['peildatum'],
    answer: 'csv',
    errors: [400, 401, 403, 404, 429],
  },
];
