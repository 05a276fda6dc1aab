/**
 * The read-only JSON API, mounted at `/api`: the OpenAPI document (public) and `/v1/...` for
 * signed-in callers (portal session or team API token). Parameters are checked first (400),
 * then access, so that an unknown and a forbidden municipality answer alike (404); monitors
 * come from the same place as the portal's pages, so every value reads as the monitor shows it.
 */
import { type Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { UnknownMunicipalityError } from '../engine/index.ts';
import { withStoredExplanations } from '../explanations/apply.ts';
import { isoDay } from '../explanations/validate.ts';
import { canSeeMunicipality, type Viewer } from '../portal/context.ts';
import { engineFor, monitorFor, referenceDates } from '../portal/reports.ts';
import type { Report } from '../report/model.ts';
import { type ApiEnv, type ApiLimits, apiCaller } from './caller.ts';
import { renderFiguresCsv } from './csv.ts';
import { apiError, MESSAGES, municipalityNotFound, stopWith } from './errors.ts';
import { figuresOf } from './figures.ts';
import { logApiCall } from './log.ts';
import { openApiJson } from './openapi.ts';
import { CODE_PATTERN } from './schemas.ts';

type ApiContext = Context<ApiEnv>;

export function apiRoutes(limits?: ApiLimits): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();

  // Read only: every other method is refused before anything else is looked at.
  api.use(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    c.header('allow', 'GET, HEAD');
    return apiError(c, 405, MESSAGES.readOnly);
  });

  // The document holds no data: anyone, also a documentation site elsewhere, may read it.
  api.get('/openapi.json', (c) =>
    c.body(openApiJson(), 200, {
      'content-type': 'application/json; charset=utf-8',
      'access-control-allow-origin': '*',
    }),
  );

  api.use('/v1/*', apiCaller(limits));

  api.get('/v1/peildata', async (c) =>
    c.json({ referenceDates: await referenceDates(c.get('portal').store) }),
  );

  api.get('/v1/gemeenten', async (c) => {
    const viewer = viewerOf(c);
    const date = await referenceDateOf(c);
    const { store, help } = c.get('portal');
    const engine = await engineFor(store, date, help);
    const visible = (engine?.municipalities ?? [])
      .filter((m) => canSeeMunicipality(viewer, m.code))
      .map(({ code, name }) => ({ code, name }));
    return c.json({ referenceDate: date, municipalities: visible });
  });

  api.get('/v1/gemeenten/:code/monitor', async (c) => {
    const report = await visibleReport(c);
    await logApiCall(c, 'API: monitor opgevraagd', report, 'JSON');
    return c.json(report);
  });

  api.get('/v1/gemeenten/:code/cijfers', async (c) => {
    const report = await visibleReport(c);
    await logApiCall(c, 'API: cijfers opgevraagd', report, 'JSON');
    return c.json(figuresOf(report));
  });

  api.get('/v1/gemeenten/:code/cijfers.csv', async (c) => {
    const report = await visibleReport(c);
    await logApiCall(c, 'API: cijfers opgevraagd', report, 'CSV');
    const name = `${report.municipality.code}-${report.referenceDate}-cijfers.csv`;
    return csv(c, renderFiguresCsv([report]), name);
  });

  api.get('/v1/cijfers.csv', async (c) => {
    const viewer = viewerOf(c);
    if (!viewer.seesAll) return stopWith(c, 403, MESSAGES.teamOnly);
    const date = await referenceDateOf(c);
    const { store, help } = c.get('portal');
    const engine = await engineFor(store, date, help);
    const reports: Report[] = [];
    for (const { code } of engine?.municipalities ?? []) {
      reports.push(await monitorFor(store, code, date, help));
    }
    await logApiCall(c, 'API: landelijke cijfers opgevraagd', null, `CSV, peildatum ${date}`);
    return csv(c, renderFiguresCsv(reports), `cijfers-${date}.csv`);
  });

  api.get('*', (c) => apiError(c, 404, MESSAGES.noPath));

  api.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error(`api: ${c.req.method} ${c.req.path}: ${error.message}`);
    return apiError(c, 500, MESSAGES.server);
  });
  return api;
}

function viewerOf(c: ApiContext): Viewer {
  const viewer = c.get('viewer');
  if (!viewer) return stopWith(c, 401, MESSAGES.signIn);
  return viewer;
}

/** The asked reference date, or the latest; 400 for a malformed one, 404 for one unknown. */
async function referenceDateOf(c: ApiContext): Promise<string> {
  const asked = c.req.query('peildatum');
  if (asked !== undefined && !isCalendarDate(asked)) return stopWith(c, 400, MESSAGES.badDate);
  const dates = await referenceDates(c.get('portal').store);
  const date = asked ?? dates[0];
  if (date === undefined) return stopWith(c, 404, MESSAGES.noData, 'geen-gegevens');
  if (!dates.includes(date)) return stopWith(c, 404, MESSAGES.noMonitor);
  return date;
}

/** The monitor of the path's municipality, when the caller may see it; 404 alike otherwise. */
async function visibleReport(c: ApiContext): Promise<Report> {
  const viewer = viewerOf(c);
  const code = c.req.param('code') ?? '';
  if (!CODE_PATTERN.test(code)) return stopWith(c, 400, MESSAGES.badCode);
  const asked = c.req.query('peildatum');
  if (asked !== undefined && !isCalendarDate(asked)) return stopWith(c, 400, MESSAGES.badDate);
  if (!canSeeMunicipality(viewer, code)) return municipalityNotFound(c);
  const date = await referenceDateOf(c);
  const { store, help, now } = c.get('portal');
  try {
    // With the explanations that hold today, exactly as the portal's JSON download has them.
    return await withStoredExplanations(
      store,
      await monitorFor(store, code, date, help),
      isoDay(now()),
    );
  } catch (error) {
    if (error instanceof UnknownMunicipalityError) return municipalityNotFound(c);
    throw error;
  }
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function csv(c: ApiContext, body: string, fileName: string): Response {
  return c.body(body, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${fileName}"`,
  });
}
