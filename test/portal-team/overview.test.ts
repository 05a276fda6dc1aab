import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExpected } from '../helpers/golden.ts';
import {
  addTeamMember,
  get,
  makePortal,
  type SignedIn,
  signIn,
  TEAM,
  type TestPortal,
  tableRows,
} from './helpers.ts';

let portal: TestPortal;
let team: SignedIn;

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, TEAM, 'team');
  team = await signIn(portal, TEAM);
});
afterAll(() => portal.close());

/** Each rating as the overview shows it: a shaped symbol and the words. */
const RATING_WORDS: Record<string, string> = {
  ok: '✓ In orde',
  attention: '! Aandacht vereist',
  'not ok': '✗ (Nog) niet in orde',
  'no data': '– Geen gegevens beschikbaar',
};

describe('GET /team', () => {
  it('should list every municipality of the register with its 16 ratings in words', async () => {
    const response = await get(portal, '/team', team);
    expect(response.status).toBe(200);
    const html = await response.text();
    const rows = tableRows(html);
    expect(rows).toHaveLength(388);
    expect(rows.every((row) => row.length === 3 + 16)).toBe(true);
    expect(html).toContain('<caption id="overzicht-titel">');
    expect(html).toMatch(/<th scope="col"[^>]*><a href="\/team\?sort=provincie">Provincie/);

    const schagen = rows.find((row) => row[0] === 'Schagen');
    const expected = readExpected().summary.map((tile) => RATING_WORDS[tile.rating]);
    expect(schagen?.slice(3)).toEqual(expected);
    expect(html).toContain('<a href="/gemeente/GM0441">Schagen</a>');
  });

  it('should sort by name by default, and by stars or province when asked', async () => {
    const byName = tableRows(await (await get(portal, '/team', team)).text());
    const names = byName.map((row) => row[0] ?? '');
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })),
    );

    const byStars = tableRows(await (await get(portal, '/team?sort=sterren', team)).text());
    const stars = byStars.map((row) => Number(row[2]));
    expect(stars).toEqual([...stars].sort((a, b) => b - a));
    expect(new Set(stars).size).toBeGreaterThan(1);

    const byProvince = tableRows(await (await get(portal, '/team?sort=provincie', team)).text());
    const provinces = byProvince.map((row) => row[1] ?? '');
    expect(provinces).toEqual([...provinces].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('should filter by province and by star score, keeping the filters in the sort links', async () => {
    const html = await (await get(portal, '/team?provincie=Noord-Holland&sterren=1', team)).text();
    const rows = tableRows(html);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(388);
    expect(rows.every((row) => row[1] === 'Noord-Holland' && row[2] === '1')).toBe(true);
    expect(html).toContain('href="/team?sort=sterren&amp;provincie=Noord-Holland&amp;sterren=1"');
    expect(html).toMatch(/<option value="Noord-Holland" selected/);
  });

  it('should say so when no municipality passes the filters', async () => {
    // Find a province and star score that no municipality has together.
    const all = tableRows(await (await get(portal, '/team', team)).text());
    const taken = new Set(all.map((row) => `${row[1]}|${row[2]}`));
    const combinations = [...new Set(all.map((row) => row[1] ?? ''))].flatMap((province) =>
      ['0', '1', '2', '3', '4', '5'].map((stars) => ({ provincie: province, sterren: stars })),
    );
    const empty = combinations.find((c) => !taken.has(`${c.provincie}|${c.sterren}`));
    expect(empty).toBeDefined();
    const query = new URLSearchParams(empty);
    const html = await (await get(portal, `/team?${query}`, team)).text();
    expect(html).toContain('Geen gemeenten voldoen aan deze keuze.');
    expect(tableRows(html)).toEqual([]);
  });

  it('should ignore filters it does not know, and never repeat them in the page', async () => {
    const html = await (
      await get(portal, '/team?provincie=%3Cb%3EAtlantis&sterren=&sort=raar', team)
    ).text();
    expect(tableRows(html)).toHaveLength(388);
    expect(html).not.toContain('Atlantis');
    expect(html).toContain('href="/team?sort=provincie"');
  });

  it('should link to the monitor of the chosen reference date, and ignore an unknown one', async () => {
    const dated = await (await get(portal, '/team?peildatum=2017-01-23', team)).text();
    expect(dated).toContain('<a href="/gemeente/GM0441/2017-01-23">Schagen</a>');
    const unknown = await get(portal, '/team?peildatum=1999-01-01', team);
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain('<a href="/gemeente/GM0441">Schagen</a>');
  });
});
