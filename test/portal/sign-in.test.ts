/** Sign-in by mailed link: neutral answers, single use, expiry, prefetch, sessions, logout. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTeamMember,
  BASE_URL,
  confirmToken,
  cookieFrom,
  formHeaders,
  lastToken,
  makePortal,
  requestLink,
  signIn,
  type TestPortal,
} from './helpers.ts';

const STAFF = 'someone@schagen.nl';

describe('sign-in links', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await makePortal();
  });
  afterAll(async () => {
    await portal.close();
  });

  it('answers an unknown address exactly like a known one, and mails only the known one', async () => {
    const before = portal.mailer.sent.length;
    const known = await requestLink(portal, 'Iemand@Schagen.nl ');
    const unknown = await requestLink(portal, 'iemand@onbekend-bedrijf.example');
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    expect(portal.mailer.sent.length).toBe(before + 1);
    const mail = portal.mailer.sent.at(-1);
    expect(mail?.to).toBe('iemand@schagen.nl');
    expect(mail?.subject).toContain('inloglink');
    expect(mail?.text).toContain(`${BASE_URL}/inloggen/bevestigen?token=`);
    expect(mail?.text).toContain('15 minuten geldig');
  });

  it('refuses a malformed address with the form and a Dutch message', async () => {
    const response = await requestLink(portal, 'geen-adres');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Vul een geldig e-mailadres in');
  });

  it('shows a confirm page on GET that neither signs in nor uses the link', async () => {
    await requestLink(portal, STAFF);
    const token = lastToken(portal, STAFF);
    for (let i = 0; i < 2; i += 1) {
      const prefetch = await portal.app.request(`/inloggen/bevestigen?token=${token}`);
      expect(prefetch.status).toBe(200);
      expect(cookieFrom(prefetch, 'mdd_session')).toBeNull();
      const body = await prefetch.text();
      expect(body).toContain('method="post"');
      expect(body).toContain(`value="${token}"`);
    }
    const confirmed = await confirmToken(portal, token);
    expect(confirmed.status).toBe(303);
    expect(cookieFrom(confirmed, 'mdd_session')).toMatch(/^mdd_session=[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a link the second time', async () => {
    await requestLink(portal, STAFF);
    const token = lastToken(portal, STAFF);
    expect((await confirmToken(portal, token)).status).toBe(303);
    const again = await confirmToken(portal, token);
    expect(again.status).toBe(410);
    expect(cookieFrom(again, 'mdd_session')).toBeNull();
    expect(await again.text()).toContain('verlopen of al gebruikt');
    expect((await portal.app.request(`/inloggen/bevestigen?token=${token}`)).status).toBe(410);
  });

  it('refuses a link after 15 minutes', async () => {
    await requestLink(portal, STAFF);
    const token = lastToken(portal, STAFF);
    const start = portal.clock.now;
    try {
      portal.clock.now = new Date(start.getTime() + 15 * 60_000 + 1000);
      const late = await confirmToken(portal, token);
      expect(late.status).toBe(410);
      expect(cookieFrom(late, 'mdd_session')).toBeNull();
    } finally {
      portal.clock.now = start;
    }
  });

  it('forgets links a day after they expired', async () => {
    await requestLink(portal, 'oud@schagen.nl');
    const countOld = () =>
      portal.store.db
        .selectFrom('login_tokens')
        .select('token_hash')
        .where('email', '=', 'oud@schagen.nl')
        .execute();
    expect(await countOld()).toHaveLength(1);
    const start = portal.clock.now;
    try {
      portal.clock.now = new Date(start.getTime() + 25 * 3_600_000 + 15 * 60_000);
      await requestLink(portal, 'nieuw@schagen.nl');
      expect(await countOld()).toHaveLength(0);
    } finally {
      portal.clock.now = start;
    }
  });

  it('refuses made-up tokens', async () => {
    const made = await confirmToken(portal, 'A'.repeat(43));
    expect(made.status).toBe(410);
    expect((await confirmToken(portal, '')).status).toBe(410);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
    await requestLink(portal, STAFF);
    const confirmed = await confirmToken(portal, lastToken(portal, STAFF));
    const header = confirmed.headers.getSetCookie().find((h) => h.startsWith('mdd_session='));
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/');
    expect(header).not.toContain('Secure');
  });

  it('gives a new session id at sign-in whatever cookie the browser brought (no fixation)', async () => {
    const planted = 'mdd_session=PLANTEDbyAnAttackerPLANTEDbyAnAttackerPLANT';
    await requestLink(portal, STAFF);
    const confirmed = await confirmToken(portal, lastToken(portal, STAFF), planted);
    const cookie = cookieFrom(confirmed, 'mdd_session');
    expect(cookie).not.toBeNull();
    expect(cookie).not.toBe(planted);
    const withPlanted = await portal.app.request('/gemeente/GM0441', {
      headers: { cookie: planted },
    });
    expect(withPlanted.status).toBe(302);
    expect(withPlanted.headers.get('location')).toBe('/inloggen');
  });

  it('ends the session on the server at logout', async () => {
    const who = await signIn(portal, STAFF);
    const out = await portal.app.request('/uitloggen', {
      method: 'POST',
      headers: formHeaders(who.cookie),
      body: new URLSearchParams({ _csrf: who.csrf }).toString(),
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/inloggen');
    // The old cookie, replayed, no longer opens anything.
    const replay = await portal.app.request('/gemeente/GM0441', {
      headers: { cookie: who.cookie },
    });
    expect(replay.status).toBe(302);
    expect(replay.headers.get('location')).toBe('/inloggen');
  });

  it('expires a session after its hours on the server', async () => {
    const who = await signIn(portal, STAFF);
    const start = portal.clock.now;
    try {
      portal.clock.now = new Date(start.getTime() + 8 * 3_600_000 + 1000);
      const late = await portal.app.request('/gemeente/GM0441', {
        headers: { cookie: who.cookie },
      });
      expect(late.status).toBe(302);
    } finally {
      portal.clock.now = start;
    }
  });

  it('sends the team to the team overview and staff to their monitor', async () => {
    await addTeamMember(portal, 'lid@monitorteam.example', 'team');
    const team = await signIn(portal, 'lid@monitorteam.example');
    const home = await portal.app.request('/', { headers: { cookie: team.cookie } });
    expect(home.headers.get('location')).toBe('/team');
    const staff = await signIn(portal, STAFF);
    const own = await portal.app.request('/', { headers: { cookie: staff.cookie } });
    expect(own.headers.get('location')).toBe('/gemeente/GM0441');
    const anonymous = await portal.app.request('/');
    expect(anonymous.headers.get('location')).toBe('/inloggen');
  });

  it('returns to the address first asked for after signing in, in the same browser', async () => {
    const asked = await portal.app.request('/gemeente/GM0441/2017-01-23.pdf');
    expect(asked.status).toBe(302);
    expect(asked.headers.get('location')).toBe('/inloggen');
    const remembered = cookieFrom(asked, 'mdd_terug');
    expect(remembered).not.toBeNull();
    await requestLink(portal, STAFF);
    const confirmed = await confirmToken(portal, lastToken(portal, STAFF), remembered ?? '');
    expect(confirmed.headers.get('location')).toBe('/gemeente/GM0441/2017-01-23.pdf');
    expect(confirmed.headers.getSetCookie().some((h) => h.startsWith('mdd_terug=;'))).toBe(true);
  });

  it('never returns to another site, whatever the return cookie says', async () => {
    for (const value of [
      '%2F%2Fevil.example',
      'https%3A%2F%2Fevil.example',
      '%2F%5Cevil.example',
      '%E0%A4%A',
    ]) {
      await requestLink(portal, STAFF);
      const confirmed = await confirmToken(portal, lastToken(portal, STAFF), `mdd_terug=${value}`);
      expect(confirmed.headers.get('location'), value).toBe('/');
    }
  });

  it('records sign-in, sign-out and views in the audit log', async () => {
    const who = await signIn(portal, 'audit@schagen.nl');
    await portal.app.request('/gemeente/GM0441.json', { headers: { cookie: who.cookie } });
    await portal.app.request('/uitloggen', {
      method: 'POST',
      headers: { ...formHeaders(who.cookie), 'x-csrf-token': who.csrf },
    });
    const rows = await portal.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('actor', '=', 'audit@schagen.nl')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['inloggen', 'monitor gedownload', 'uitloggen']);
    expect(rows[1]?.municipality).toBe('GM0441');
    expect(rows[1]?.detail).toContain('JSON');
  });
});

describe('secure cookies', () => {
  it('marks the session cookie Secure when the portal runs on https', async () => {
    const portal = await makePortal({ secureCookies: true });
    try {
      await requestLink(portal, STAFF);
      const confirmed = await confirmToken(portal, lastToken(portal, STAFF));
      const header = confirmed.headers.getSetCookie().find((h) => h.startsWith('mdd_session='));
      expect(header).toContain('Secure');
    } finally {
      await portal.close();
    }
  });
});
