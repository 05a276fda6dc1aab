/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas the API and its tests
 * use (zod's JSON Schema output is draft 2020-12, the dialect of OpenAPI 3.1). Every endpoint
 * is listed once in ENDPOINTS below; the routes serve exactly those paths.
 */
import { z } from 'zod';
import { ENDPOINTS, type Endpoint, type ErrorStatus } from './endpoints.ts';
import { changeSchema, explanationSchema, historySchema, trendSchema } from './history-schema.ts';
import { figureSchema, reportSchema, sectionSchema } from './model-schema.ts';
import { fractionSchema, measureSchema, ratingSchema } from './model-schema-parts.ts';
import {
  errorSchema,
  figureRowSchema,
  figuresSchema,
  municipalityListSchema,
  referenceDatesSchema,
} from './schemas.ts';

/** Named schemas; nested uses become `$ref`s to these. */
const COMPONENTS = {
  Report: reportSchema,
  Section: sectionSchema,
  Figure: figureSchema,
  Measure: measureSchema,
  Fraction: fractionSchema,
  Rating: ratingSchema,
  Change: changeSchema,
  Trend: trendSchema,
  History: historySchema,
  Explanation: explanationSchema,
  Figures: figuresSchema,
  FigureRow: figureRowSchema,
  MunicipalityList: municipalityListSchema,
  ReferenceDates: referenceDatesSchema,
  Error: errorSchema,
} as const;

export type ComponentName = keyof typeof COMPONENTS;

const ERROR_TEXTS: Record<ErrorStatus, string> = {
  400: 'Ongeldige gemeentecode of peildatum.',
  401: 'Niet ingelogd, of de API-token is ongeldig, verlopen of ingetrokken.',
  403: 'Alleen voor het monitorteam.',
  404: 'Niet gevonden: onbekende gemeente, gemeente zonder toegang (zelfde antwoord) of peildatum zonder monitor.',
  429: 'Te veel verzoeken; zie Retry-After.',
};

let cached: string | null = null;

/** The document as JSON text, built once. */
export function openApiJson(): string {
  cached ??= `${JSON.stringify(buildDocument(), null, 2)}\n`;
  return cached;
}

export function buildDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Monitor Doelgerichte Digitalisering: open data',
      version: '1.0.0',
      description:
        'Alleen-lezen API op de monitor. Dezelfde toegangsregels als het portaal: ' +
        'medewerkers zien hun eigen gemeente (met de sessiecookie van het portaal), het ' +
        'monitorteam ziet alle gemeenten (sessie of API-token). Waarden staan er zoals de ' +
        'monitor ze toont (tekst), met daarnaast de exacte teller en noemer.',
    },
    paths: Object.fromEntries(pathEntries()),
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'API-token van het monitorteam (aan te maken op /team/api-tokens).',
        },
        portalSession: { type: 'apiKey', in: 'cookie', name: 'mdd_session' },
      },
    },
    security: [{ apiToken: [] }, { portalSession: [] }],
  };
}

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
  });
  // Inside an OpenAPI document the dialect is implied; an `$id` per schema would only confuse.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

function* pathEntries(): Generator<[string, unknown]> {
  const byPath = new Map<string, Endpoint[]>();
  for (const endpoint of ENDPOINTS) {
    byPath.set(endpoint.path, [...(byPath.get(endpoint.path) ?? []), endpoint]);
  }
  for (const [path, endpoints] of byPath) {
    yield [path, Object.fromEntries(endpoints.map((e) => ['get', operation(e)]))];
  }
}

function operation(endpoint: Endpoint): Record<string, unknown> {
  const responses: Record<string, unknown> = { 200: success(endpoint) };
  for (const status of endpoint.errors) responses[status] = errorResponse(status);
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    ...(endpoint.public ? { security: [] } : {}),
    parameters: endpoint.parameters.map((name) => PARAMETERS[name]),
    responses,
  };
}

function success(endpoint: Endpoint): Record<string, unknown> {
  const schema =
    endpoint.answer === 'csv'
      ? { type: 'string', description: 'CSV: puntkomma, UTF-8 met BOM, CRLF.' }
      : endpoint.answer === 'openapi'
        ? { type: 'object', description: 'Dit document.' }
        : { $ref: `#/components/schemas/${endpoint.answer}` };
  const type = endpoint.answer === 'csv' ? 'text/csv' : 'application/json';
  return { description: 'Gelukt.', content: { [type]: { schema } } };
}

function errorResponse(status: ErrorStatus): Record<string, unknown> {
  const headers =
    status === 429
      ? { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconden wachten.' } }
      : status === 401
        ? { 'WWW-Authenticate': { schema: { type: 'string' } } }
        : undefined;
  return {
    description: ERROR_TEXTS[status],
    ...(headers ? { headers } : {}),
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  };
}

const PARAMETERS = {
  code: {
    name: 'code',
    in: 'path',
    required: true,
    description: 'CBS-gemeentecode, bijvoorbeeld GM0441.',
    schema: { type: 'string', pattern: '^GM\\d{4}$' },
  },
  peildatum: {
    name: 'peildatum',
    in: 'query',
    required: false,
    description: 'Peildatum (JJJJ-MM-DD) uit /api/v1/peildata; zonder: de nieuwste.',
    schema: { type: 'string', format: 'date' },
  },
} as const;
