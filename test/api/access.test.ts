/**
 * The API keeps the pages' access rules: staff of Schagen see Schagen only, and another
 * municipality answers byte for byte like one that does not exist; the team sees everything;
 * nobody signed in sees nothing; every refusal is JSON with a Dutch message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/portal/audit.ts';
import { addTeamMember, makePortal, signIn, type TestPortal } from '../portal/helpers.ts';
import { apiGet, type Credentials } from './helpers.ts';

let portal: TestPortal;
let staff: Credentials;
let team: Credentials;

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, 'team@monitorteam.example', 'team');
  staff = { cookie: (await signIn(portal, 'someone@schagen.nl')).cookie };
  team = { cookie: (await signIn(portal, 'team@monitorteam.example')).cookie };
});

afterAll(async () => {
  await portal.close();
});

async function snapshot(path: string, as: Credentials) {
  const response = await apiGet(portal, path, as);
  const headers: string[] = [];
  response.headers.forEach((value, name) => {
    if (name !== 'date') headers.push(`${name}: ${value}`);
  });
  return { status: response.status, headers, body: await response.text() };
}

describe('staff of Schagen', () => {
  it('are offered their own municipality only', async () => {
    const response = await apiGet(portal, '/api/v1/gemeenten', staff);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      referenceDate: '2017-01-23',
      municipalities: [{ code: 'GM0441', name: 'Schagen' }],
    });
  });

  it('get their own monitor, figures and CSV', async () => {
    for (const path of ['monitor', 'cijfers', 'cijfers.csv']) {
      const response = await apiGet(portal, `/api/v1/gemeenten/GM0441/${path}`, staff);
      expect([path, response.status]).toEqual([path, 200]);
    }
    // The very model the portal's own JSON download gives.
    const monitor = await (await apiGet(portal, '/api/v1/gemeenten/GM0441/monitor', staff)).json();
    const download = await (await apiGet(portal, '/gemeente/GM0441.json', staff)).json();
    expect(monitor).toEqual(download);
    expect((monitor as { municipality: { code: string } }).municipality.code).toBe('GM0441');
  });

  it('get for another municipality exactly the answer of one that does not exist', async () => {
    for (const path of ['monitor', 'cijfers', 'cijfers.csv']) {
      const other = await snapshot(`/api/v1/gemeenten/GM0003/${path}`, staff);
      const unknown = await snapshot(`/api/v1/gemeenten/GM9999/${path}`, staff);
      expect(other.status).toBe(404);
      expect(other).toEqual(unknown);
      // Also with a date that has no monitor: the municipality is refused first.
      const dated = await snapshot(`/api/v1/gemeenten/GM0003/${path}?peildatum=2016-01-01`, staff);
      expect(dated).toEqual(unknown);
    }
    const body = JSON.parse((await snapshot('/api/v1/gemeenten/GM0003/cijfers', staff)).body);
    expect(body).toEqual({
      error: {
        status: 404,
        code: 'niet-gevonden',
        message: 'Deze gemeente bestaat niet, of u hebt er geen toegang toe.',
      },
    });
  });

  it('may not have the national CSV', async () => {
    const response = await apiGet(portal, '/api/v1/cijfers.csv', staff);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'Dit overzicht is alleen voor het monitorteam.',
    );
  });

  it('leave their API reads in the audit log', async () => {
    await apiGet(portal, '/api/v1/gemeenten/GM0441/cijfers', staff);
    const [last] = await listAudit(portal.store, 1);
    expect(last).toMatchObject({
      actor: 'someone@schagen.nl',
      action: 'API: cijfers opgevraagd',
      municipality: 'GM0441',
      detail: 'JSON, peildatum 2017-01-23',
    });
  });
});

describe('the team with a session', () => {
  it('sees every municipality in the register and any monitor', async () => {
    const list = (await (await apiGet(portal, '/api/v1/gemeenten', team)).json()) as {
      municipalities: { code: string }[];
    };
    expect(list.municipalities).toHaveLength(388);
    expect(list.municipalities.map((m) => m.code)).toContain('GM0003');
    const other = await apiGet(portal, '/api/v1/gemeenten/GM0003/cijfers', team);
    expect(other.status).toBe(200);
    const unknown = await apiGet(portal, '/api/v1/gemeenten/GM9999/cijfers', team);
    expect(unknown.status).toBe(404);
  });
});

describe('refusals', () => {
  it('asks whoever is not signed in to sign in or bring a token (401)', async () => {
    const response = await apiGet(portal, '/api/v1/gemeenten/GM0441/cijfers', null);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('niet-ingelogd');
    expect(body.error.message).toContain('Log in op het portaal');
  });

  it.each([
    ['/api/v1/gemeenten/0441/cijfers', 400, 'Ongeldige gemeentecode: gebruik de vorm GM0441.'],
    ['/api/v1/gemeenten/GM0441/cijfers?peildatum=23-1-2017', 400, 'Ongeldige peildatum'],
    ['/api/v1/gemeenten/GM0441/cijfers?peildatum=2017-13-01', 400, 'Ongeldige peildatum'],
    ['/api/v1/gemeenten/GM0441/cijfers?peildatum=2016-12-31', 404, 'geen monitor'],
    ['/api/v1/gemeenten?peildatum=2016-12-31', 404, 'geen monitor'],
    ['/api/v1/bestaat-niet', 404, 'bestaat niet in de API'],
    ['/api/bestaat-niet', 404, 'bestaat niet in de API'],
    ['/api', 404, 'bestaat niet in de API'],
  ])('%s → %i in Dutch JSON', async (path, status, message) => {
    const response = await apiGet(portal, path, staff);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { status: number; message: string } };
    expect(body.error.status).toBe(status);
    expect(body.error.message).toContain(message);
  });

  it('answers HEAD like GET, without a body', async () => {
    const response = await portal.app.request('/api/v1/gemeenten/GM0441/cijfers', {
      method: 'HEAD',
      headers: { cookie: (staff as { cookie: string }).cookie },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).toBe('');
  });

  it('refuses every method but reading, in JSON, signed in or not (405)', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await portal.app.request('/api/v1/gemeenten/GM0441/cijfers', {
        method,
        headers: { cookie: (staff as { cookie: string }).cookie },
      });
      expect([method, response.status, response.headers.get('allow')]).toEqual([
        method,
        405,
        'GET, HEAD',
      ]);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'methode-niet-toegestaan',
      );
    }
  });
});
