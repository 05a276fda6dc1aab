/**
 * The national overview for the monitor team: `/team/landelijk` (ratings per theme over the
 * quarters) and `/team/landelijk/kaart` (the tile map per theme), plus their stylesheet.
 * Team and administrators only; staff of a municipality get the team pages' refusal.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { engineAt } from '../../history/engines.ts';
import { type PortalEnv, requireRole } from '../context.ts';
import { overviewOf } from '../overview.ts';
import { noDataPage } from '../pages/imports.tsx';
import { nationalHistory } from './counts.ts';
import { historyPage } from './history-page.tsx';
import { mapViewOf, provincesOfRows, selectMapRows } from './map-model.ts';
import { mapPage } from './map-page.tsx';
import { parseMapQuery } from './map-query.ts';
import { quarterPoints } from './quarters.ts';

const NATIONAL_STYLESHEET = readFileSync(
  new URL('../static/national.css', import.meta.url),
  'utf8',
);

export const nationalRoutes = new Hono<PortalEnv>();

nationalRoutes.get('/static/national.css', (c) =>
  c.body(NATIONAL_STYLESHEET, 200, {
    'content-type': 'text/css; charset=utf-8',
    'cache-control': 'public, max-age=3600',
  }),
);

// Both pages repeat a lot of markup (388 tiles, 388 rows): gzip keeps them small on the wire.
nationalRoutes.use('/team/landelijk', compress());
nationalRoutes.use('/team/landelijk/*', compress());

nationalRoutes.get('/team/landelijk', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, help } = c.get('portal');
  const history = await nationalHistory(store, help);
  if (history.points.length === 0) return c.html(noDataPage(viewer));
  return c.html(historyPage({ viewer, history }));
});

nationalRoutes.get('/team/landelijk/kaart', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, help } = c.get('portal');
  const points = await quarterPoints(store);
  const latest = points.at(-1);
  const latestEngine = latest ? await engineAt(store, latest.date, { help }) : null;
  if (!latestEngine || latestEngine.municipalities.length === 0) return c.html(noDataPage(viewer));

  const themes = overviewOf(latestEngine).columns;
  const dates = points.map((p) => p.date);
  const asked = c.req.query();
  const first = parseMapQuery(asked, { themes, dates, provinces: [] });
  if (!first) return c.html(noDataPage(viewer));
  const engine = await engineAt(store, first.date, { help });
  const view = mapViewOf(overviewOf(engine), first.theme.id);
  const provinces = provincesOfRows(view.rows);
  // Read again now the provinces at that date are known, so a province filter can apply.
  const query = parseMapQuery(asked, { themes, dates, provinces }) ?? first;
  return c.html(
    mapPage({
      viewer,
      themes,
      points,
      query,
      view,
      rows: selectMapRows(view, query),
      provinces,
    }),
  );
});
