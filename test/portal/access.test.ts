/**
 * The access matrix: anonymous, staff of Schagen (GM0441), staff of Appingedam (GM0003), the
 * team and an administrator, against every monitor address and download, for both codes.
 * A refused answer is the very page an unknown code gets: it cannot carry any data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTeamMember, makePortal, type SignedIn, signIn, type TestPortal } from './helpers.ts';

const DATE = '2017-01-23';
const FORMATS = ['', '.pdf', '.json', '.csv'];

function addresses(code: string): string[] {
  return FORMATS.flatMap((ext) => [`/gemeente/${code}${ext}`, `/gemeente/${code}/${DATE}${ext}`]);
}

type Who = 'anonymous' | 'staff GM0441' | 'staff GM0003' | 'team' | 'admin';

describe('access matrix', () => {
  let portal: TestPortal;
  const sessions = new Map<Who, SignedIn | null>();
  let unknownCodePage = '';

  beforeAll(async () => {
    portal = await makePortal();
    await addTeamMember(portal, 'team@monitorteam.example', 'team');
    await addTeamMember(portal, 'admin@monitorteam.example', 'admin');
    sessions.set('anonymous', null);
    sessions.set('staff GM0441', await signIn(portal, 'someone@schagen.nl'));
    sessions.set('staff GM0003', await signIn(portal, 'someone@appingedam.nl'));
    sessions.set('team', await signIn(portal, 'team@monitorteam.example'));
    sessions.set('admin', await signIn(portal, 'admin@monitorteam.example'));
    const team = sessions.get('team');
    const unknown = await portal.app.request('/gemeente/GM9999', {
      headers: { cookie: team?.cookie ?? '' },
    });
    expect(unknown.status).toBe(404);
    unknownCodePage = await unknown.text();
  });
  afterAll(async () => {
    await portal.close();
  });

  function get(who: Who, path: string) {
    const session = sessions.get(who);
    return portal.app.request(path, { headers: session ? { cookie: session.cookie } : {} });
  }

  /** The 404 page for `who`, which differs per viewer only in the navigation. */
  async function refusalPageOf(who: Who): Promise<string> {
    return (await get(who, '/gemeente/GM9999')).text();
  }

  it('sends anonymous visitors to the sign-in page from every address, showing nothing', async () => {
    for (const path of [...addresses('GM0441'), ...addresses('GM0003'), '/']) {
      const response = await get('anonymous', path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location'), path).toBe('/inloggen');
      const body = await response.text();
      expect(body).not.toContain('Schagen');
      expect(body).not.toContain('Appingedam');
    }
  });

  const cases: [Who, string, 'allowed' | 'refused'][] = [
    ['staff GM0441', 'GM0441', 'allowed'],
    ['staff GM0441', 'GM0003', 'refused'],
    ['staff GM0003', 'GM0003', 'allowed'],
    ['staff GM0003', 'GM0441', 'refused'],
    ['team', 'GM0441', 'allowed'],
    ['team', 'GM0003', 'allowed'],
    ['admin', 'GM0441', 'allowed'],
    ['admin', 'GM0003', 'allowed'],
  ];

  for (const [who, code, outcome] of cases) {
    it(`${who} on ${code}: ${outcome}`, async () => {
      const name = code === 'GM0441' ? 'Schagen' : 'Appingedam';
      const refusal = await refusalPageOf(who);
      for (const path of addresses(code)) {
        // Printing is tested once in downloads.test.ts; here only its refusal.
        if (outcome === 'allowed' && path.endsWith('.pdf')) continue;
        const response = await get(who, path);
        const body = await response.text();
        if (outcome === 'refused') {
          expect(response.status, path).toBe(404);
          expect(body, path).toBe(refusal);
          expect(body, path).not.toContain(name);
          expect(body, path).not.toContain(code);
        } else {
          expect(response.status, path).toBe(200);
          expect(body, path).toContain(name);
        }
      }
    });
  }

  const TEAM_PAGES = ['/team', '/team/imports', '/team/regiosessies'];
  const ADMIN_PAGES = ['/beheer/audit', '/beheer/team'];
  const pageCases: [Who, string[], number][] = [
    ['anonymous', [...TEAM_PAGES, ...ADMIN_PAGES], 302],
    ['staff GM0441', [...TEAM_PAGES, ...ADMIN_PAGES], 403],
    ['staff GM0003', [...TEAM_PAGES, ...ADMIN_PAGES], 403],
    ['team', TEAM_PAGES, 200],
    ['team', ADMIN_PAGES, 403],
    ['admin', [...TEAM_PAGES, ...ADMIN_PAGES], 200],
  ];

  for (const [who, paths, status] of pageCases) {
    it(`${who} on ${paths.join(', ')}: ${status}`, async () => {
      for (const path of paths) {
        const response = await get(who, path);
        expect(response.status, path).toBe(status);
        if (status !== 200) {
          const body = await response.text();
          expect(body, path).not.toContain('Appingedam');
          expect(body, path).not.toContain('Schagen');
        }
      }
    });
  }

  it('refuses the team forms to staff even with their own valid CSRF token', async () => {
    const staff = sessions.get('staff GM0441');
    if (!staff) throw new Error('no staff session');
    for (const path of ['/team/imports', '/team/regiosessies', '/beheer/team']) {
      const response = await portal.app.request(path, {
        method: 'POST',
        headers: { cookie: staff.cookie, 'x-csrf-token': staff.csrf },
      });
      expect(response.status, path).toBe(403);
    }
  });

  it('shows staff only their own municipality in every allowed answer', async () => {
    for (const path of ['/gemeente/GM0441', '/gemeente/GM0441.json', '/gemeente/GM0441.csv']) {
      const body = await (await get('staff GM0441', path)).text();
      expect(body, path).not.toContain('Appingedam');
    }
  });

  it('answers the same refusal for a forbidden, an unknown and a malformed code', async () => {
    expect(unknownCodePage).toContain('Pagina niet gevonden');
    const refusal = await refusalPageOf('staff GM0441');
    for (const path of [
      '/gemeente/GM0003',
      '/gemeente/GM9999',
      '/gemeente/XYZ',
      '/gemeente/GM0441x',
    ]) {
      const response = await get('staff GM0441', path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(refusal);
    }
  });

  it('serves only stored reference dates', async () => {
    for (const path of [
      '/gemeente/GM0441/2017-01-24',
      '/gemeente/GM0441/2016-12-31.json',
      '/gemeente/GM0441/23-1-2017',
      '/gemeente/GM0441/2017-13-45',
    ]) {
      const response = await get('team', path);
      expect(response.status, path).toBe(404);
    }
  });

  it('redirects short codes to the canonical address, then checks access', async () => {
    const short = await get('staff GM0441', '/gemeente/441.csv');
    expect(short.status).toBe(301);
    expect(short.headers.get('location')).toBe('/gemeente/GM0441.csv');
    const other = await get('staff GM0441', '/gemeente/3/2017-01-23');
    expect(other.headers.get('location')).toBe('/gemeente/GM0003/2017-01-23');
    const followed = await get('staff GM0441', '/gemeente/GM0003/2017-01-23');
    expect(followed.status).toBe(404);
  });

  it('lists the reference dates and the downloads on the monitor page', async () => {
    const body = await (await get('staff GM0441', '/gemeente/GM0441')).text();
    expect(body).toContain('href="/gemeente/GM0441.pdf"');
    expect(body).toContain('href="/gemeente/GM0441.csv"');
    expect(body).toContain('href="/gemeente/GM0441.json"');
    expect(body).toContain(`href="/gemeente/GM0441/${DATE}" aria-current="page"`);
    expect(body).toContain('23-1-2017');
    // The report itself, embedded: its cover and a figure of Schagen.
    expect(body).toMatch(/<main[\s>]/);
    expect(body.match(/<main[\s>]/g)).toHaveLength(1);
    expect(body.includes('2.5 Ontzorgen met SaaS')).toBe(true);
  });

  it('logs every view and download with who and which municipality', async () => {
    await get('staff GM0003', '/gemeente/GM0003.csv');
    const rows = await portal.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor', '=', 'someone@appingedam.nl')
      .where('action', 'in', ['monitor bekeken', 'monitor gedownload'])
      .execute();
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => r.municipality))).toEqual(new Set(['GM0003']));
  });
});
