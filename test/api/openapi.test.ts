/**
 * The OpenAPI document as a client gets it: valid OpenAPI 3.1 in structure, every served path
 * in it and nothing more, every reference resolvable, and real answers valid against the
 * document's own schemas (read back with zod's JSON Schema reader, not the schemas we wrote).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { addTeamMember, makePortal, signIn, type TestPortal } from '../portal/helpers.ts';
import { apiGet, type Credentials, makeToken } from './helpers.ts';

type Json = Record<string, unknown>;

let portal: TestPortal;
let doc: Json;
let team: Credentials;

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, 'team@monitorteam.example', 'team');
  team = { token: await makeToken(portal, await signIn(portal, 'team@monitorteam.example'), 'o') };
  const response = await apiGet(portal, '/api/openapi.json', null);
  expect(response.status).toBe(200);
  doc = JSON.parse(await response.text()) as Json;
});

afterAll(async () => {
  await portal.close();
});

function paths(): Record<string, Record<string, Json>> {
  return doc.paths as Record<string, Record<string, Json>>;
}

function operations(): [string, string, Json][] {
  return Object.entries(paths()).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]): [string, string, Json] => [path, method, op]),
  );
}

/** Every `$ref` in `value`, anywhere. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refs(inner),
  );
}

/** `schema` with its `$ref`s replaced by the components they name (ours have no cycles). */
function inline(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inline);
  if (schema === null || typeof schema !== 'object') return schema;
  const { $ref, ...rest } = schema as Json;
  if (typeof $ref === 'string') return inline(resolve($ref));
  return Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, inline(inner)]));
}

function resolve(ref: string): unknown {
  const parts = ref.replace(/^#\//, '').split('/');
  return parts.reduce<unknown>((node, part) => (node as Json | undefined)?.[part], doc);
}

function validatorFor(path: string): z.ZodType {
  const ok = paths()[path]?.get?.responses as Json;
  const schema = ((ok['200'] as Json).content as Json)['application/json'] as Json;
  return z.fromJSONSchema(inline(schema.schema) as Parameters<typeof z.fromJSONSchema>[0]);
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info, paths, components and security schemes', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect((doc.info as Json).title).toEqual(expect.any(String));
    expect((doc.info as Json).version).toEqual(expect.any(String));
    const components = doc.components as Json;
    expect(Object.keys(components.securitySchemes as Json).sort()).toEqual([
      'apiToken',
      'portalSession',
    ]);
    expect(Object.keys(components.schemas as Json)).toContain('Report');
  });

  it('lists exactly the paths the portal serves under /api', () => {
    const served = portal.app.routes
      .filter((r) => r.method === 'GET' && r.path.startsWith('/api/') && !r.path.includes('*'))
      .map((r) => r.path.replace(/:([a-z]+)/g, '{$1}'));
    expect([...new Set(served)].sort()).toEqual(Object.keys(paths()).sort());
  });

  it('gives every operation a unique id, a 200 answer, JSON errors and its path parameters', () => {
    const ids = operations().map(([, , op]) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, method, op] of operations()) {
      expect([path, method]).toEqual([path, 'get']);
      const responses = op.responses as Record<string, Json>;
      expect(Object.keys(responses)).toContain('200');
      for (const [status, response] of Object.entries(responses)) {
        if (status === '200') continue;
        expect(refs(response)).toEqual(['#/components/schemas/Error']);
        expect(response.description).toEqual(expect.any(String));
      }
      const declared = (op.parameters as Json[]).filter((p) => p.in === 'path').map((p) => p.name);
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      expect(declared).toEqual(templated);
    }
  });

  it('resolves every $ref to a schema in the document', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) expect([ref, typeof resolve(ref)]).toEqual([ref, 'object']);
  });

  it('describes the optional history and explanation fields of the model', () => {
    const schemas = (doc.components as Json).schemas as Record<string, Json>;
    const figure = schemas.Figure?.properties as Json;
    const section = schemas.Section?.properties as Json;
    expect(Object.keys(figure)).toEqual(expect.arrayContaining(['change', 'explanation']));
    const report = schemas.Report?.properties as Json;
    expect(Object.keys(section)).toContain('trend');
    expect(Object.keys(report)).toContain('history');
    expect(schemas.Figure?.required).not.toContain('change');
    expect(schemas.Section?.required).not.toContain('trend');
    expect(schemas.Report?.required).not.toContain('history');
    expect(refs(schemas.Figure)).toEqual(
      expect.arrayContaining(['#/components/schemas/Change', '#/components/schemas/Explanation']),
    );
  });

  it('is readable from other sites (it holds no data); the data endpoints send no CORS', async () => {
    const document = await apiGet(portal, '/api/openapi.json', null);
    expect(document.headers.get('access-control-allow-origin')).toBe('*');
    const data = await apiGet(portal, '/api/v1/gemeenten', team);
    expect(data.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await portal.app.request('/api/v1/gemeenten', {
      method: 'OPTIONS',
      headers: { origin: 'https://elders.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('real answers against the document', () => {
  it.each([
    ['/api/v1/peildata', '/api/v1/peildata'],
    ['/api/v1/gemeenten', '/api/v1/gemeenten?peildatum=2017-01-23'],
    ['/api/v1/gemeenten/{code}/monitor', '/api/v1/gemeenten/GM0363/monitor'],
    ['/api/v1/gemeenten/{code}/cijfers', '/api/v1/gemeenten/GM0441/cijfers'],
  ])('%s answers what the document says', async (template, path) => {
    const response = await apiGet(portal, path, team);
    expect(response.status).toBe(200);
    const body: unknown = await response.json();
    const validator = validatorFor(template);
    const checked = validator.safeParse(body);
    expect(checked.error?.issues ?? []).toEqual([]);
    // The check bites: without its first field the same answer is refused.
    const [first] = Object.keys(body as Json);
    const { [first ?? '']: _dropped, ...rest } = body as Json;
    expect(validator.safeParse(rest).success).toBe(false);
  });

  it('gives errors in the documented shape', async () => {
    const errorSchema = z.fromJSONSchema(
      inline({ $ref: '#/components/schemas/Error' }) as Parameters<typeof z.fromJSONSchema>[0],
    );
    for (const [path, as, status] of [
      ['/api/v1/gemeenten', null, 401],
      ['/api/v1/gemeenten/GM9999/cijfers', team, 404],
      ['/api/v1/gemeenten/441/cijfers', team, 400],
      ['/api/v1/gemeenten?peildatum=2017-02-30', team, 400],
    ] as const) {
      const response = await apiGet(portal, path, as);
      expect([path, response.status]).toEqual([path, status]);
      const body: unknown = await response.json();
      expect(errorSchema.safeParse(body).success).toBe(true);
      expect((body as { error: { status: number } }).error.status).toBe(status);
    }
  });
});
