/** CSRF, rate limits, bad input and the headers every answer carries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINK_LIMITS } from '../../src/portal/routes/auth.ts';
import {
  BASE_URL,
  cookieFrom,
  formHeaders,
  makePortal,
  requestLink,
  signIn,
  type TestPortal,
} from './helpers.ts';

function logout(portal: TestPortal, headers: Record<string, string>, body = '') {
  return portal.app.request('/uitloggen', { method: 'POST', headers, body });
}

async function stillSignedIn(portal: TestPortal, cookie: string): Promise<boolean> {
  const response = await portal.app.request('/gemeente/GM0441', { headers: { cookie } });
  return response.status === 200;
}

describe('CSRF', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await makePortal();
  });
  afterAll(async () => {
    await portal.close();
  });

  it('refuses a state-changing request without or with a wrong token', async () => {
    const who = await signIn(portal, 'csrf@schagen.nl');
    const without = await logout(portal, formHeaders(who.cookie));
    expect(without.status).toBe(403);
    expect(await without.text()).toContain('Verzoek geweigerd');
    const wrong = await logout(
      portal,
      formHeaders(who.cookie),
      new URLSearchParams({ _csrf: 'x'.repeat(43) }).toString(),
    );
    expect(wrong.status).toBe(403);
    const wrongHeader = await logout(portal, { cookie: who.cookie, 'x-csrf-token': 'nee' });
    expect(wrongHeader.status).toBe(403);
    expect(await stillSignedIn(portal, who.cookie)).toBe(true);
  });

  it("refuses another session's token", async () => {
    const one = await signIn(portal, 'een@schagen.nl');
    const other = await signIn(portal, 'twee@schagen.nl');
    const crossed = await logout(
      portal,
      formHeaders(one.cookie),
      new URLSearchParams({ _csrf: other.csrf }).toString(),
    );
    expect(crossed.status).toBe(403);
    expect(await stillSignedIn(portal, one.cookie)).toBe(true);
  });

  it('refuses a POST without a session', async () => {
    const anonymous = await logout(portal, formHeaders());
    expect(anonymous.status).toBe(403);
  });

  it('refuses a link request posted from another site', async () => {
    const before = portal.mailer.sent.length;
    const foreign = await portal.app.request('/inloggen', {
      method: 'POST',
      headers: { ...formHeaders(), origin: 'https://evil.example' },
      body: 'email=someone%40schagen.nl',
    });
    expect(foreign.status).toBe(403);
    const viaReferer = await portal.app.request('/inloggen', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        referer: 'https://evil.example/form',
      },
      body: 'email=someone%40schagen.nl',
    });
    expect(viaReferer.status).toBe(403);
    expect(portal.mailer.sent.length).toBe(before);
  });

  it('accepts Origin: null (no-referrer pages) only with the form cookie and field', async () => {
    const form = await portal.app.request('/inloggen');
    const cookie = cookieFrom(form, 'mdd_form');
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
    expect(cookie).not.toBeNull();
    expect(token).toBeDefined();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' };
    const body = (csrf: string) =>
      new URLSearchParams({ email: 'someone@schagen.nl', _csrf: csrf }).toString();
    const bare = await portal.app.request('/inloggen', {
      method: 'POST',
      headers,
      body: body(token ?? ''),
    });
    expect(bare.status).toBe(403);
    const mismatched = await portal.app.request('/inloggen', {
      method: 'POST',
      headers: { ...headers, cookie: cookie ?? '' },
      body: body('y'.repeat(43)),
    });
    expect(mismatched.status).toBe(403);
    const good = await portal.app.request('/inloggen', {
      method: 'POST',
      headers: { ...headers, cookie: cookie ?? '' },
      body: body(token ?? ''),
    });
    expect(good.status).toBe(200);
  });
});

describe('rate limits on link requests', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await makePortal({ linkLimits: DEFAULT_LINK_LIMITS, trustProxy: true });
  });
  afterAll(async () => {
    await portal.close();
  });

  it('stops mailing one address after 5 requests, with the same answer, and logs it', async () => {
    const client = { 'x-forwarded-for': '192.0.2.1' };
    const first = await requestLink(portal, 'veel@schagen.nl', client);
    const firstText = await first.text();
    for (let i = 0; i < 4; i += 1) await requestLink(portal, 'veel@schagen.nl', client);
    expect(portal.mailer.sent.filter((m) => m.to === 'veel@schagen.nl')).toHaveLength(5);
    const over = await requestLink(portal, 'veel@schagen.nl', client);
    expect(over.status).toBe(200);
    expect(await over.text()).toBe(firstText);
    expect(portal.mailer.sent.filter((m) => m.to === 'veel@schagen.nl')).toHaveLength(5);
    const logged = await portal.store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'inloglink geweigerd')
      .where('actor', '=', 'veel@schagen.nl')
      .execute();
    expect(logged).toHaveLength(1);
    // A new window mails again.
    portal.clock.now = new Date(portal.clock.now.getTime() + 16 * 60_000);
    await requestLink(portal, 'veel@schagen.nl', client);
    expect(portal.mailer.sent.filter((m) => m.to === 'veel@schagen.nl')).toHaveLength(6);
  });

  it('answers 429 to a client after 20 requests, whatever the address', async () => {
    const client = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < 20; i += 1) {
      const response = await requestLink(portal, `persoon${i}@schagen.nl`, client);
      expect(response.status).toBe(200);
    }
    const sent = portal.mailer.sent.length;
    const over = await requestLink(portal, 'nog-een@schagen.nl', client);
    expect(over.status).toBe(429);
    expect(await over.text()).toContain('Controleer uw e-mail');
    expect(portal.mailer.sent.length).toBe(sent);
    const elsewhere = await requestLink(portal, 'nog-een@schagen.nl', {
      'x-forwarded-for': '203.0.113.9',
    });
    expect(elsewhere.status).toBe(200);
    expect(portal.mailer.sent.length).toBe(sent + 1);
  });
});

describe('bad input and headers', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await makePortal();
  });
  afterAll(async () => {
    await portal.close();
  });

  it('answers form data that is no UTF-8 with the Dutch 400 page', async () => {
    const body = Buffer.concat([
      Buffer.from('email='),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from('%40schagen.nl'),
    ]);
    const response = await portal.app.request('/inloggen', {
      method: 'POST',
      headers: formHeaders(),
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Ongeldig formulier');
    const percent = await portal.app.request('/inloggen', {
      method: 'POST',
      headers: formHeaders(),
      body: 'email=%FF%FE%40schagen.nl',
    });
    expect(percent.status).toBe(400);
  });

  it('answers broken multipart bodies with 400 and undecodable paths with 404, never 500', async () => {
    const who = await signIn(portal, 'kapotte-invoer@schagen.nl');
    for (const [path, cookie] of [
      ['/inloggen', undefined],
      ['/uitloggen', who.cookie],
    ] as const) {
      for (const contentType of ['multipart/form-data', 'multipart/form-data; boundary=xyz']) {
        const response = await portal.app.request(path, {
          method: 'POST',
          headers: { ...formHeaders(cookie), 'content-type': contentType },
          body: '--xyz\r\nkapot',
        });
        expect(response.status, `${path} ${contentType}`).toBe(400);
      }
    }
    for (const path of ['/gemeente/%FF', '/%FF%FE', '/gemeente/GM0441/%E0%A4%A']) {
      const response = await portal.app.request(path, { headers: { cookie: who.cookie } });
      expect(response.status, path).toBe(404);
    }
    const token = await portal.app.request('/inloggen/bevestigen?token=%FF');
    expect(token.status).toBe(410);
  });

  it('answers unknown routes and methods with the Dutch 404 page', async () => {
    for (const path of [
      '/onbekend',
      '/gemeente',
      '/gemeente/GM0441/2017-01-23/extra',
      '/static/x.css',
    ]) {
      const response = await portal.app.request(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain('Pagina niet gevonden');
    }
  });

  it('puts the security headers on pages, redirects, errors and downloads', async () => {
    const who = await signIn(portal, 'headers@schagen.nl');
    const cookie = { cookie: who.cookie };
    const responses = [
      await portal.app.request('/inloggen'),
      await portal.app.request('/gemeente/GM0441'),
      await portal.app.request('/gemeente/GM0441', { headers: cookie }),
      await portal.app.request('/gemeente/GM0441.csv', { headers: cookie }),
      await portal.app.request('/gemeente/GM0441.json', { headers: cookie }),
      await portal.app.request('/gemeente/GM0003', { headers: cookie }),
    ];
    for (const response of responses) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(responses[2]?.headers.get('cache-control')).toBe('no-store');
    expect(responses[3]?.headers.get('cache-control')).toBe('no-store');
  });

  it('allows on the monitor page exactly the style values of its charts, by hash', async () => {
    const who = await signIn(portal, 'csp@schagen.nl');
    const page = await portal.app.request('/gemeente/GM0441', { headers: { cookie: who.cookie } });
    const csp = page.headers.get('content-security-policy') ?? '';
    const body = await page.text();
    expect(body).not.toMatch(/<style|<script/i);
    expect(body).toContain('<link rel="stylesheet" href="/static/report.css"/>');
    const styles = new Set([...body.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]));
    expect(styles.size).toBeGreaterThan(0);
    expect(csp).toMatch(/style-src 'self' 'unsafe-hashes'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp.match(/'sha256-/g)).toHaveLength(styles.size);
  });

  it('never crashes on a failing store: Dutch 500 page', async () => {
    const broken = await makePortal({ baseUrl: BASE_URL });
    const who = await signIn(broken, 'kapot@schagen.nl');
    await broken.store.db.schema.dropTable('audit_log').execute();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const response = await broken.app.request('/gemeente/GM0441', {
        headers: { cookie: who.cookie },
      });
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(body).toContain('Er ging iets mis');
      expect(body).not.toContain('audit_log');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
      await broken.close();
    }
  });
});
