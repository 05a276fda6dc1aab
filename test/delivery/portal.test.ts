/**
 * The delivery in the portal: staff request their monitor, the team keeps subscribers and
 * reads the delivery log and held monitors, and the unsubscribe link in a real mailed monitor
 * works through `/afmelden` (GET only shows, POST unsubscribes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveMonitor } from '../../src/delivery/archive.ts';
import { createTransport } from '../../src/delivery/mail.ts';
import { produceQuarter } from '../../src/delivery/produce.ts';
import { openRenderer } from '../../src/delivery/render.ts';
import { listSubscribers } from '../../src/delivery/subscribers.ts';
import { listAudit } from '../../src/portal/audit.ts';
import {
  addTeamMember,
  BASE_URL,
  cookieFrom,
  formHeaders,
  makePortal,
  type SignedIn,
  signIn,
  type TestPortal,
} from '../portal/helpers.ts';
import { startSmtp, type TestSmtp } from './helpers.ts';

function post(portal: TestPortal, path: string, fields: Record<string, string>, cookie?: string) {
  return portal.app.request(path, {
    method: 'POST',
    headers: formHeaders(cookie),
    body: new URLSearchParams(fields).toString(),
  });
}

describe('delivery in the portal', () => {
  let portal: TestPortal;
  let smtp: TestSmtp;
  let staff: SignedIn;
  let team: SignedIn;

  beforeAll(async () => {
    portal = await makePortal();
    smtp = await startSmtp();
    await addTeamMember(portal, 'monitorteam@voorbeeld.nl', 'team');
    staff = await signIn(portal, 'medewerker@schagen.nl');
    team = await signIn(portal, 'monitorteam@voorbeeld.nl');
  }, 60_000);

  afterAll(async () => {
    await smtp.close();
    await portal.close();
  });

  it('lets staff request their own municipality’s monitor, and only that one', async () => {
    const monitor = await portal.app.request('/gemeente/GM0441', {
      headers: { cookie: staff.cookie },
    });
    expect(await monitor.text()).toContain('<form method="post" action="/aanvragen/GM0441">');
    const asTeam = await portal.app.request('/gemeente/GM0441', {
      headers: { cookie: team.cookie },
    });
    expect(await asTeam.text()).not.toContain('action="/aanvragen/');
    const page = await portal.app.request('/aanvragen/GM0441', {
      headers: { cookie: staff.cookie },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Monitor aanvragen voor medewerker@schagen.nl');
    const noToken = await post(portal, '/aanvragen/GM0441', {}, staff.cookie);
    expect(noToken.status).toBe(403);
    const asked = await post(portal, '/aanvragen/GM0441', { _csrf: staff.csrf }, staff.cookie);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('U bent aangemeld');
    const other = await post(portal, '/aanvragen/GM0003', { _csrf: staff.csrf }, staff.cookie);
    expect(other.status).toBe(404);
    expect(await listSubscribers(portal.store)).toEqual([
      expect.objectContaining({
        municipality: 'GM0441',
        email: 'medewerker@schagen.nl',
        source: 'request',
      }),
    ]);
    const audit = await listAudit(portal.store);
    expect(audit.some((e) => e.action === 'monitor aangevraagd' && e.actor === staff.email)).toBe(
      true,
    );
  });

  it('keeps /team/levering for the team, who add and remove subscribers', async () => {
    const refused = await portal.app.request('/team/levering', {
      headers: { cookie: staff.cookie },
    });
    expect(refused.status).toBe(403);
    const added = await post(
      portal,
      '/team/levering/abonnees',
      { _csrf: team.csrf, gemeente: 'gm0003', email: 'ICT@appingedam.nl' },
      team.cookie,
    );
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('ict@appingedam.nl is abonnee van GM0003.');
    const foreign = await post(
      portal,
      '/team/levering/abonnees',
      { _csrf: team.csrf, gemeente: 'GM0003', email: 'iemand@gmail.com' },
      team.cookie,
    );
    expect(await foreign.text()).toContain('Let op: dit adres krijgt nu niets');
    const unknown = await post(
      portal,
      '/team/levering/abonnees',
      { _csrf: team.csrf, gemeente: 'GM9999', email: 'a@b.nl' },
      team.cookie,
    );
    expect(unknown.status).toBe(400);
    const removed = await post(
      portal,
      '/team/levering/abonnees/verwijderen',
      { _csrf: team.csrf, gemeente: 'GM0003', email: 'iemand@gmail.com' },
      team.cookie,
    );
    expect(removed.status).toBe(200);
    const emails = (await listSubscribers(portal.store)).map((s) => `${s.municipality} ${s.email}`);
    expect(emails).toEqual(['GM0003 ict@appingedam.nl', 'GM0441 medewerker@schagen.nl']);
  });

  it('shows the delivery log and held monitors after a run, and the mailed link unsubscribes', async () => {
    const real = await openRenderer();
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    try {
      await produceQuarter(
        {
          store: portal.store,
          transport,
          baseUrl: BASE_URL,
          retry: { attempts: 2, delaysMs: [1] },
          render: async (report) => {
            if (report.municipality.code === 'GM0003') throw new Error('tabel 2.5 ontbreekt');
            return real.render(report);
          },
        },
        '2017Q1',
      );
    } finally {
      transport.close();
      await real.close();
    }
    const page = await (
      await portal.app.request('/team/levering', { headers: { cookie: team.cookie } })
    ).text();
    expect(page).toContain('<td>medewerker@schagen.nl</td><td>verstuurd</td><td>1</td>');
    expect(page).toContain(
      'Appingedam (GM0003)</td><td>2017Q1</td><td>opmaken mislukt: tabel 2.5 ontbreekt',
    );

    const mail = smtp.mails.find((m) => m.subject?.includes('Schagen'));
    const link = /http:\/\/portal\.test(\/afmelden\?token=[A-Za-z0-9_-]{43})/.exec(
      mail?.text ?? '',
    );
    expect(link?.[1]).toBeDefined();
    // Opening the link (as a mail scanner would) only shows the question.
    const shown = await portal.app.request(link?.[1] ?? '');
    expect(shown.status).toBe(200);
    const html = await shown.text();
    expect(html).toContain('niet meer ontvangen op');
    expect(await listSubscribers(portal.store, 'GM0441')).toHaveLength(1);
    // A browser with no-referrer sends Origin: null; the form's cookie vouches for it.
    const cookie = cookieFrom(shown, 'mdd_form') ?? '';
    const formToken = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
    const token = new URL(`${BASE_URL}${link?.[1]}`).searchParams.get('token') ?? '';
    const done = await portal.app.request('/afmelden', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null', cookie },
      body: new URLSearchParams({ _csrf: formToken, token }).toString(),
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('U bent afgemeld');
    expect(await listSubscribers(portal.store, 'GM0441')).toEqual([]);
    const again = await portal.app.request(link?.[1] ?? '');
    expect(await again.text()).toContain('U bent afgemeld');
    const forged = await portal.app.request('/afmelden', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://kwaad.example',
      },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(forged.status).toBe(403);
    const dead = await portal.app.request('/afmelden?token=onzin');
    expect(dead.status).toBe(410);
  }, 120_000);

  it('offers archived reference dates as earlier dates and shows the archived model', async () => {
    const current = JSON.parse(
      await (
        await portal.app.request('/gemeente/GM0441.json', { headers: { cookie: team.cookie } })
      ).text(),
    );
    // An earlier quarter known only from the archive (its catalogue import is gone).
    const earlier = { ...current, referenceDate: '2016-10-14', referenceDateText: '14-10-2016' };
    await archiveMonitor(portal.store, {
      report: earlier,
      quarter: '2016Q4',
      html: '<html></html>',
      pdf: Buffer.from('%PDF-1.4 archief'),
      at: new Date('2016-10-17T06:00:00Z'),
    });
    const page = await (
      await portal.app.request('/gemeente/GM0441', { headers: { cookie: team.cookie } })
    ).text();
    expect(page).toContain('href="/gemeente/GM0441/2016-10-14"');
    const archived = await portal.app.request('/gemeente/GM0441/2016-10-14.json', {
      headers: { cookie: team.cookie },
    });
    expect(archived.status).toBe(200);
    expect(JSON.parse(await archived.text())).toEqual(earlier);
  });
});
