import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, listAudit } from '../../src/portal/audit.ts';
import {
  ADMIN,
  addTeamMember,
  get,
  makePortal,
  post,
  type SignedIn,
  STAFF,
  signIn,
  TEAM,
  type TestPortal,
  tableRows,
  textOf,
} from './helpers.ts';

let portal: TestPortal;
let team: SignedIn;
let admin: SignedIn;
let staff: SignedIn;
let sessionId: string;

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, TEAM, 'team');
  await addTeamMember(portal, ADMIN, 'admin');
  team = await signIn(portal, TEAM);
  admin = await signIn(portal, ADMIN);
  staff = await signIn(portal, STAFF);
  const created = await post(portal, '/team/regiosessies', team, {
    naam: 'Toegangstest',
    datum: '1-3-2017',
    gemeenten: 'GM0400',
    uitgenodigden: 'iemand@denhelder.nl',
  });
  sessionId = created.headers.get('location')?.split('/').pop() ?? '';
});
afterAll(() => portal.close());

const TEAM_PAGES = ['/team', '/team/imports', '/team/regiosessies'];
const teamPosts = () => [
  '/team/imports',
  '/team/regiosessies',
  `/team/regiosessies/${sessionId}`,
  `/team/regiosessies/${sessionId}/sluiten`,
];

describe('who may use the team pages', () => {
  it('should refuse municipal staff every team page and action with 403 and no data', async () => {
    for (const path of [...TEAM_PAGES, `/team/regiosessies/${sessionId}`, '/beheer/audit']) {
      const response = await get(portal, path, staff);
      expect(response.status, path).toBe(403);
      const text = textOf(await response.text());
      expect(text, path).toContain('U hebt geen toegang tot deze pagina.');
      expect(text, path).not.toMatch(/GM0\d{3}|Den Helder|Toegangstest/);
    }
    for (const path of teamPosts()) {
      const response = await post(portal, path, staff, { naam: 'x', datum: '1-1-2017' });
      expect(response.status, path).toBe(403);
    }
    expect((await get(portal, `/team/regiosessies/${sessionId}`, team)).status).toBe(200);
    expect(tableRows(await (await get(portal, '/team/regiosessies', team)).text())[0]?.[2]).toBe(
      'Open',
    );
  });

  it('should send anonymous visitors to sign in, and refuse their posts', async () => {
    for (const path of [...TEAM_PAGES, '/beheer/audit', `/regiosessie/${sessionId}`]) {
      const response = await get(portal, path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location'), path).toBe('/inloggen');
    }
    for (const path of teamPosts()) {
      expect((await post(portal, path, undefined, { naam: 'x' })).status, path).toBe(403);
    }
  });

  it('should keep the audit log for administrators only', async () => {
    expect((await get(portal, '/beheer/audit', team)).status).toBe(403);
    expect((await get(portal, '/beheer/audit', admin)).status).toBe(200);
    expect((await get(portal, '/team', admin)).status).toBe(200);
  });
});

describe('GET /beheer/audit', () => {
  it('should list entries newest first, with who, what and when', async () => {
    const html = await (await get(portal, '/beheer/audit', admin)).text();
    const rows = tableRows(html);
    const newest = (await listAudit(portal.store))[0];
    expect(rows[0]?.[1]).toBe(newest?.actor ?? '–');
    expect(rows[0]?.[2]).toBe(newest?.action);
    expect(rows.map((row) => row[2])).toContain('regiosessie-aangemaakt');
  });

  it('should filter by action and by municipality', async () => {
    await get(portal, '/gemeente/GM0441', staff);
    const byAction = tableRows(
      await (await get(portal, '/beheer/audit?actie=regiosessie-aangemaakt', admin)).text(),
    );
    expect(byAction.length).toBeGreaterThan(0);
    expect(byAction.every((row) => row[2] === 'regiosessie-aangemaakt')).toBe(true);
    const byCode = tableRows(await (await get(portal, '/beheer/audit?gemeente=441', admin)).text());
    expect(byCode.length).toBeGreaterThan(0);
    expect(byCode.every((row) => row[3] === 'GM0441')).toBe(true);
  });

  it('should page through the log fifty entries at a time', async () => {
    for (let i = 0; i < 60; i++) {
      await audit(portal.store, { actor: TEAM, action: 'test', detail: `nr ${i}`, at: new Date() });
    }
    const total = (await listAudit(portal.store, 10_000)).length;
    const first = await (await get(portal, '/beheer/audit', admin)).text();
    expect(tableRows(first)).toHaveLength(50);
    expect(first).toContain('href="/beheer/audit?pagina=2"');
    const last = Math.ceil(total / 50);
    const lastPage = await (await get(portal, `/beheer/audit?pagina=${last}`, admin)).text();
    expect(tableRows(lastPage)).toHaveLength(total - (last - 1) * 50);
    expect(textOf(lastPage)).toContain(`Pagina ${last} van ${last}`);
  });
});
