/**
 * API tokens for the team, made and revoked on the team page as a person would: shown once,
 * stored only as a hash, good for every municipality while live, refused (401) once revoked,
 * expired or when the owner left the team; every change in the audit log.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/portal/audit.ts';
import {
  addTeamMember,
  makePortal,
  type SignedIn,
  signIn,
  type TestPortal,
} from '../portal/helpers.ts';
import { apiGet, makeToken, postForm, tokenId } from './helpers.ts';

let portal: TestPortal;
let team: SignedIn;
let staff: SignedIn;

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, 'team@monitorteam.example', 'team');
  team = await signIn(portal, 'team@monitorteam.example');
  staff = await signIn(portal, 'someone@schagen.nl');
});

afterAll(async () => {
  await portal.close();
});

async function tokenRows() {
  return portal.store.db.selectFrom('api_tokens').selectAll().orderBy('id').execute();
}

async function refusedWith(token: string): Promise<string | null> {
  const response = await apiGet(portal, '/api/v1/gemeenten', { token });
  expect(response.status).toBe(401);
  const body = (await response.json()) as { error: { message: string } };
  expect(body.error.message).toBe('Deze API-token is ongeldig, verlopen of ingetrokken.');
  return response.headers.get('www-authenticate');
}

describe('the token page', () => {
  it("is in the team's menu, not in staff's", async () => {
    const teamPage = await (await apiGet(portal, '/team', { cookie: team.cookie })).text();
    expect(teamPage).toContain('<a href="/team/api-tokens">API-tokens</a>');
    const own = await (await apiGet(portal, '/gemeente/GM0441', { cookie: staff.cookie })).text();
    expect(own).not.toContain('/team/api-tokens');
  });

  it('is for the team only', async () => {
    const page = await apiGet(portal, '/team/api-tokens', { cookie: staff.cookie });
    expect(page.status).toBe(403);
    const form = await postForm(portal, '/team/api-tokens', staff, { name: 'x', days: '30' });
    expect(form.status).toBe(403);
    expect(await tokenRows()).toHaveLength(0);
  });

  it('makes no token without the session CSRF token', async () => {
    const response = await portal.app.request('/team/api-tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: team.cookie },
      body: new URLSearchParams({ name: 'zonder csrf', days: '30', _csrf: 'fout' }).toString(),
    });
    expect(response.status).toBe(403);
    expect(await tokenRows()).toHaveLength(0);
  });

  it('refuses an empty name or an unlisted validity, in Dutch', async () => {
    for (const fields of [
      { name: '  ', days: '90' },
      { name: 'koppeling', days: '10000' },
    ]) {
      const response = await postForm(portal, '/team/api-tokens', team, fields);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('Geef de token een naam');
    }
    expect(await tokenRows()).toHaveLength(0);
  });

  it('shows a new token once and keeps only its hash', async () => {
    const token = await makeToken(portal, team, 'CBS-koppeling');
    const [row] = await tokenRows();
    expect(row).toMatchObject({
      name: 'CBS-koppeling',
      owner: 'team@monitorteam.example',
      created_at: '2017-02-01T09:00:00.000Z',
      expires_at: '2017-05-02T09:00:00.000Z',
      last_used_at: null,
      revoked_at: null,
    });
    expect(row?.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token.slice(4));
    const again = await (await apiGet(portal, '/team/api-tokens', { cookie: team.cookie })).text();
    expect(again).toContain('CBS-koppeling');
    expect(again).not.toContain(token);
    const [made] = await listAudit(portal.store, 1);
    expect(made).toMatchObject({ actor: 'team@monitorteam.example', action: 'API-token gemaakt' });
    expect(made?.detail).toContain('"CBS-koppeling"');
  });
});

describe('a live token', () => {
  it('sees every municipality, without a session, and is noted as used', async () => {
    const token = await makeToken(portal, team, 'alles');
    portal.clock.now = new Date('2017-02-01T12:00:00Z');
    const list = (await (await apiGet(portal, '/api/v1/gemeenten', { token })).json()) as {
      municipalities: unknown[];
    };
    expect(list.municipalities).toHaveLength(388);
    const other = await apiGet(portal, '/api/v1/gemeenten/GM0003/cijfers', { token });
    expect(other.status).toBe(200);
    const row = (await tokenRows()).find((r) => r.name === 'alles');
    expect(row?.last_used_at).toBe('2017-02-01T12:00:00.000Z');
    const page = await (await apiGet(portal, '/team/api-tokens', { cookie: team.cookie })).text();
    expect(page).toContain('1-2-2017 13:00');
    const logged = (await listAudit(portal.store, 5)).find((e) => e.municipality === 'GM0003');
    expect(logged).toMatchObject({ actor: 'team@monitorteam.example' });
    expect(logged?.detail).toContain('token "alles"');
  });

  it('is refused once revoked on the page, and the revocation is audited', async () => {
    const token = await makeToken(portal, team, 'intrekken');
    expect((await apiGet(portal, '/api/v1/gemeenten', { token })).status).toBe(200);
    const id = await tokenId(portal, team, 'intrekken');
    const revoked = await postForm(portal, '/team/api-tokens/intrekken', team, { id });
    expect(revoked.status).toBe(200);
    expect(await revoked.text()).toContain('De token intrekken is ingetrokken.');
    expect(await refusedWith(token)).toBe('Bearer error="invalid_token"');
    const [entry] = await listAudit(portal.store, 1);
    expect(entry).toMatchObject({ action: 'API-token ingetrokken', actor: team.email });
    const twice = await postForm(portal, '/team/api-tokens/intrekken', team, { id });
    expect(twice.status).toBe(400);
  });

  it('is refused once expired', async () => {
    const token = await makeToken(portal, team, 'kort', '30');
    expect((await apiGet(portal, '/api/v1/gemeenten', { token })).status).toBe(200);
    const before = portal.clock.now;
    portal.clock.now = new Date(before.getTime() + 30 * 86_400_000);
    try {
      await refusedWith(token);
    } finally {
      portal.clock.now = before;
    }
    expect((await apiGet(portal, '/api/v1/gemeenten', { token })).status).toBe(200);
  });

  it('stops working when its owner leaves the team', async () => {
    await addTeamMember(portal, 'vertrekt@monitorteam.example', 'team');
    const leaving = await signIn(portal, 'vertrekt@monitorteam.example');
    const token = await makeToken(portal, leaving, 'van vertrekker');
    expect((await apiGet(portal, '/api/v1/gemeenten', { token })).status).toBe(200);
    await portal.store.db
      .deleteFrom('team_members')
      .where('email', '=', 'vertrekt@monitorteam.example')
      .execute();
    await refusedWith(token);
  });

  it('is refused when malformed, unknown or sent under another scheme', async () => {
    await refusedWith('mdd_bestaat-niet');
    await refusedWith(`mdd_${'A'.repeat(43)}`);
    const token = await makeToken(portal, team, 'schema');
    const basic = await portal.app.request('/api/v1/gemeenten', {
      headers: { authorization: `Basic ${token}` },
    });
    expect(basic.status).toBe(401);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After past 600 calls a minute, and again after the minute', async () => {
    const token = await makeToken(portal, team, 'druk');
    const statuses: number[] = [];
    for (let i = 0; i < 601; i += 1) {
      statuses.push((await apiGet(portal, '/api/v1/peildata', { token })).status);
    }
    expect(statuses.slice(0, 600).every((status) => status === 200)).toBe(true);
    expect(statuses[600]).toBe(429);
    const refused = await apiGet(portal, '/api/v1/peildata', { token });
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'te-veel-verzoeken',
    );
    portal.clock.now = new Date(portal.clock.now.getTime() + 61_000);
    expect((await apiGet(portal, '/api/v1/peildata', { token })).status).toBe(200);
  }, 60_000);

  it('should count one token once, however its header is spelled', async () => {
    const token = await makeToken(portal, team, 'anders gespeld');
    for (let i = 0; i < 600; i += 1) {
      expect((await apiGet(portal, '/api/v1/peildata', { token })).status).toBe(200);
    }
    for (const header of [
      `bearer ${token}`,
      `BEARER ${token}`,
      `Bearer ${token}  `,
      ` Bearer ${token}`,
    ]) {
      const response = await portal.app.request('/api/v1/peildata', {
        headers: { authorization: header },
      });
      expect(response.status, JSON.stringify(header)).toBe(429);
    }
    portal.clock.now = new Date(portal.clock.now.getTime() + 61_000);
  }, 60_000);
});
