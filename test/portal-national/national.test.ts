import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineAt } from '../../src/history/engines.ts';
import { overviewOf } from '../../src/portal/overview.ts';
import type { Rating } from '../../src/report/model.ts';
import {
  addTeamMember,
  get,
  makePortal,
  type SignedIn,
  STAFF,
  signIn,
  TEAM,
  type TestPortal,
  tableRows,
  textOf,
} from '../portal-team/helpers.ts';
import { addQuarters, EXTRA, Q1_LATE, Q2 } from './quarters.ts';

let portal: TestPortal;
let team: SignedIn;
let dir: string;

beforeAll(async () => {
  portal = await makePortal();
  dir = await mkdtemp(join(tmpdir(), 'mdd-national-'));
  await addQuarters(portal.store, dir);
  await addTeamMember(portal, TEAM, 'team');
  team = await signIn(portal, TEAM);
}, 120_000);
afterAll(async () => {
  await portal.close();
  await rm(dir, { recursive: true, force: true });
});

const CLASS_OF: Record<Rating, string> = {
  ok: 'ok',
  attention: 'attention',
  'not ok': 'not-ok',
  'no data': 'no-data',
};

/** Code → CSS modifier of every tile on the map. */
function tilesOf(html: string): Map<string, string> {
  const tiles = new Map<string, string>();
  for (const m of html.matchAll(
    /<g class="map-tile map-tile--([a-z-]+)"><title>[^<]*\((GM\d{4})\): [^<]*<\/title>/g,
  )) {
    tiles.set(m[2] as string, m[1] as string);
  }
  return tiles;
}

/** What the engine rates for `theme` at `date`, as tile classes: the oracle for the map. */
async function expectedTiles(date: string, theme: string): Promise<Map<string, string>> {
  const engine = await engineAt(portal.store, date);
  return new Map(
    overviewOf(engine).rows.map((row) => {
      const rating = row.tiles.find((tile) => tile.id === theme)?.rating ?? 'no data';
      return [row.code, CLASS_OF[rating]];
    }),
  );
}

describe('GET /team/landelijk', () => {
  it('should count every municipality once per theme and quarter, one row per quarter', async () => {
    const response = await get(portal, '/team/landelijk', team);
    expect(response.status).toBe(200);
    const html = await response.text();
    const captions = [...html.matchAll(/<caption id="thema-([a-z_0-9]+)-tabel">/g)];
    expect(captions).toHaveLength(16);
    for (const caption of captions) {
      const rows = tableRows(html, caption[0]);
      // Q1 has two catalogue dates; only its latest is a quarter point.
      expect(rows.map((row) => row[0])).toEqual([
        '1e kwartaal 2017 (20-3-2017)',
        '2e kwartaal 2017 (15-5-2017)',
      ]);
      const totals = rows.map((row) => Number(row[5]));
      expect(totals).toEqual([388, 389]);
      for (const row of rows) {
        const counts = row.slice(1, 5).map(Number);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(row[5]));
      }
    }
  });

  it('should show the change between quarters where the catalogue changed', async () => {
    const html = await (await get(portal, '/team/landelijk', team)).text();
    const rows = tableRows(html, '<caption id="thema-gebruik_vulling-tabel">');
    expect(rows[0]?.slice(1, 5)).not.toEqual(rows[1]?.slice(1, 5));
    // The chart draws the same figures: one bar per quarter.
    const chart = html.slice(html.indexOf('id="thema-gebruik_vulling"'));
    expect(chart).toMatch(/<svg class="bar-chart"[^>]*role="img" aria-label="Staafdiagram/);
    expect(chart.slice(0, chart.indexOf('</svg>'))).toContain('K2 2017');
  });

  it('should say where the number of municipalities changes between quarters', async () => {
    const html = await (await get(portal, '/team/landelijk', team)).text();
    expect(textOf(html)).toContain('van 1e kwartaal 2017 (388) naar 2e kwartaal 2017 (389)');
  });

  it('should be linked from the team navigation and run no script on either page', async () => {
    const response = await get(portal, '/team', team);
    expect(await response.text()).toContain('<a href="/team/landelijk">Landelijk overzicht</a>');
    const page = await get(portal, '/team/landelijk', team);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(await page.text()).not.toMatch(/<script|\sstyle="/);
    const map = await get(portal, '/team/landelijk/kaart', team);
    expect(map.headers.get('content-security-policy')).toContain("script-src 'none'");
    expect(await map.text()).not.toMatch(/<script|\sstyle="/);
  });
});

describe('GET /team/landelijk/kaart', () => {
  it('should colour every tile by the chosen theme, as the engine rates it', async () => {
    const first = await get(portal, `/team/landelijk/kaart?thema=saas&peildatum=${Q1_LATE}`, team);
    expect(first.status).toBe(200);
    const saas = tilesOf(await first.text());
    expect(saas).toEqual(await expectedTiles(Q1_LATE, 'saas'));

    const other = await get(
      portal,
      `/team/landelijk/kaart?thema=telefonie14&peildatum=${Q1_LATE}`,
      team,
    );
    const phone = tilesOf(await other.text());
    expect(phone).toEqual(await expectedTiles(Q1_LATE, 'telefonie14'));
    // The select changes the colours: some municipality's tile differs between the themes.
    expect([...saas].some(([code, rating]) => phone.get(code) !== rating)).toBe(true);
  });

  it('should show every municipality of the register on the map or in the list beside it', async () => {
    const html = await (await get(portal, `/team/landelijk/kaart?peildatum=${Q2}`, team)).text();
    const tiles = tilesOf(html);
    const engine = await engineAt(portal.store, Q2);
    const register = engine.municipalities.map((m) => m.code);
    expect(register).toHaveLength(389);
    const list = html.slice(
      html.indexOf('id="niet-op-kaart"'),
      html.indexOf('id="alle-gemeenten"'),
    );
    const listed = [...list.matchAll(/\((GM\d{4}), provincie/g)].map((m) => m[1]);
    expect(listed).toEqual([EXTRA.code]);
    expect(textOf(list)).toContain(`${EXTRA.name} (${EXTRA.code}, provincie ${EXTRA.province})`);
    expect(tiles.has(EXTRA.code)).toBe(false);
    expect(new Set([...tiles.keys(), ...listed])).toEqual(new Set(register));
    expect(tiles.size + listed.length).toBe(register.length);
  });

  it('should say so when every municipality is on the map', async () => {
    const html = await (
      await get(portal, `/team/landelijk/kaart?peildatum=${Q1_LATE}`, team)
    ).text();
    expect(textOf(html)).toContain('Alle 388 gemeenten van het register staan op de kaart.');
  });

  it('should give the rating in words and symbols beside the colour, with a legend', async () => {
    const html = await (await get(portal, '/team/landelijk/kaart?thema=saas', team)).text();
    expect(html).toMatch(
      /<title>Schagen \(GM0441\): (In orde|Aandacht vereist|\(Nog\) niet in orde|Geen gegevens beschikbaar)<\/title>/,
    );
    expect(html).toMatch(
      /<svg class="tile-map"[^>]*role="img" aria-labelledby="kaart-titel kaart-omschrijving"/,
    );
    const legend = textOf(
      html.slice(
        html.indexOf('class="map-legend"'),
        html.indexOf('</ul>', html.indexOf('class="map-legend"')),
      ),
    );
    const counts = [...legend.matchAll(/: (\d+)/g)].map((m) => Number(m[1]));
    expect(counts).toHaveLength(4);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(389);
    expect(textOf(html)).toContain('Dit is een tegelkaart, geen kaart met gemeentegrenzen');
  });

  it('should filter and sort the table by GET, keeping the theme', async () => {
    const path = '/team/landelijk/kaart?thema=standaarden&beoordeling=niet-in-orde&sort=provincie';
    const html = await (await get(portal, path, team)).text();
    const rows = tableRows(html, '<caption id="gemeenten-tabel">');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row[3] === '✗ (Nog) niet in orde')).toBe(true);
    const provinces = rows.map((row) => row[2] ?? '');
    expect(provinces).toEqual([...provinces].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(html).toContain('<input type="hidden" name="thema" value="standaarden"/>');

    const groningen = await get(portal, '/team/landelijk/kaart?provincie=Groningen', team);
    const inGroningen = tableRows(await groningen.text(), '<caption id="gemeenten-tabel">');
    expect(inGroningen).toHaveLength(23);
  });

  it('should ignore unknown choices instead of echoing them', async () => {
    const html = await (
      await get(portal, '/team/landelijk/kaart?thema=%3Cscript%3E&peildatum=1999-01-01', team)
    ).text();
    expect(html).not.toContain('<script');
    expect(html).toContain('<option value="volwassenheid" selected="">');
    expect(html).toContain(`<option value="${Q2}" selected="">`);
  });
});

describe('access', () => {
  it('should refuse staff of a municipality as the other team pages do', async () => {
    const staff = await signIn(portal, STAFF);
    const team = await get(portal, '/team', staff);
    for (const path of ['/team/landelijk', '/team/landelijk/kaart']) {
      const response = await get(portal, path, staff);
      expect(response.status).toBe(403);
      expect(response.status).toBe(team.status);
      expect(textOf(await response.text())).toContain('U hebt geen toegang tot deze pagina.');
    }
  });

  it('should send visitors who are not signed in to the sign-in page', async () => {
    const response = await get(portal, '/team/landelijk/kaart');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/inloggen');
  });
});
