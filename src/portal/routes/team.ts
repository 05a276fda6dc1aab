/**
 * `/team`: the overview of every municipality for the monitor team and administrators, and the
 * team pages' stylesheet. Routes carry their full paths; the app mounts this router at `/`.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { type PortalEnv, requireRole } from '../context.ts';
import { overviewOf, parseOverviewQuery, provincesOf, selectRows } from '../overview.ts';
import { noDataPage } from '../pages/imports.tsx';
import { overviewPage } from '../pages/overview.tsx';
import { engineFor, referenceDates } from '../reports.ts';

const TEAM_STYLESHEET = readFileSync(new URL('../static/team.css', import.meta.url), 'utf8');

export const teamRoutes = new Hono<PortalEnv>();

teamRoutes.get('/static/team.css', (c) =>
  c.body(TEAM_STYLESHEET, 200, {
    'content-type': 'text/css; charset=utf-8',
    'cache-control': 'public, max-age=3600',
  }),
);

// The overview is large and repetitive: gzip makes it some forty times smaller on the wire.
// Nothing a request sends is echoed unchecked beside the CSRF token (see parseOverviewQuery).
teamRoutes.use('/team', compress());

teamRoutes.get('/team', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, help } = c.get('portal');
  const dates = await referenceDates(store);
  const asked = c.req.query('peildatum');
  const date = asked !== undefined && dates.includes(asked) ? asked : dates[0];
  const engine = date === undefined ? null : await engineFor(store, date, help);
  if (!engine) return c.html(noDataPage(viewer));

  const overview = overviewOf(engine);
  const provinces = provincesOf(overview);
  const query = parseOverviewQuery(c.req.query(), provinces);
  return c.html(
    overviewPage({
      viewer,
      overview,
      rows: selectRows(overview, query),
      query,
      provinces,
      dates,
      dateAsked: asked === date,
    }),
  );
});
