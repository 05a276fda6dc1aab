/**
 * Attacks not covered elsewhere (see the README's list of what covers what): markup and a
 * header break in a municipality name through a real SMTP server, and guessing sign-in links
 * from one client (refused, logged, then slowed down with 429).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport, monitorMail } from '../../src/delivery/mail.ts';
import { listAudit } from '../../src/portal/audit.ts';
import { DEFAULT_LINK_LIMITS } from '../../src/portal/routes/auth.ts';
import { startSmtp, type TestSmtp } from '../delivery/helpers.ts';
import { HOSTILE, hostileReport } from '../fixtures/report-schagen.ts';
import {
  confirmToken,
  lastToken,
  makePortal,
  requestLink,
  type TestPortal,
} from '../portal/helpers.ts';

describe('markup and header breaks in names, in the mail', () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp?.close();
  });

  it('sends the name as literal text, with no HTML part and no injected header', async () => {
    const report = hostileReport();
    report.municipality.name = `${HOSTILE}\r\nBcc: dief@example.org`;
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    try {
      await transport.send(
        monitorMail({
          report,
          to: 'medewerker@schagen.nl',
          pdf: Buffer.from('%PDF-1.4\n'),
          unsubscribeUrl: 'http://p.test/afmelden?t=x',
          portalUrl: 'http://p.test/gemeente/GM0441',
          messageId: '<1@mdd.test>',
          previous: null,
          quarter: '2017Q1',
        }),
      );
    } finally {
      transport.close();
    }
    await smtp.waitFor(1);
    const mail = smtp.mails[0];
    expect(mail?.html).toBe(false);
    expect(mail?.text).toContain(`gemeente ${HOSTILE}`);
    expect(mail?.subject).toContain(HOSTILE);
    // The line break stays inside the subject: no Bcc header, one recipient.
    expect(mail?.headers.has('bcc')).toBe(false);
    const to = mail?.to;
    const recipients = (Array.isArray(to) ? to : to ? [to] : []).flatMap((a) => a.value);
    expect(recipients.map((a) => a.address)).toEqual(['medewerker@schagen.nl']);
  });
});

describe('guessing sign-in links', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await makePortal({ linkLimits: DEFAULT_LINK_LIMITS });
  }, 60_000);
  afterAll(async () => {
    await portal?.close();
  });

  it('refuses and logs every made-up or used link, then answers 429 and logs once more', async () => {
    await requestLink(portal, 'medewerker@schagen.nl');
    const token = lastToken(portal, 'medewerker@schagen.nl');
    expect((await confirmToken(portal, token)).status).toBe(303);
    // Reusing the link is a miss like any other.
    expect((await confirmToken(portal, token)).status).toBe(410);
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const guess = `${String(i).padStart(3, '0')}${'x'.repeat(40)}`;
      statuses.push((await confirmToken(portal, guess)).status);
    }
    // 20 misses per client in the window: the reused link and 19 guesses, then 429.
    expect(statuses.filter((s) => s === 410)).toHaveLength(19);
    expect(statuses.slice(19)).toEqual([429, 429, 429, 429, 429]);
    // A guess past the limit is refused even when it would be a real link.
    await requestLink(portal, 'info@schagen.nl');
    expect((await confirmToken(portal, lastToken(portal, 'info@schagen.nl'))).status).toBe(429);

    const log = (await listAudit(portal.store, 1000)).filter(
      (e) => e.action === 'inloglink ongeldig',
    );
    expect(log).toHaveLength(21);
    expect(log.filter((e) => e.detail?.startsWith('vanaf '))).toHaveLength(20);
    expect(
      log.filter((e) => e.detail?.startsWith('te veel ongeldige inloglinks vanaf ')),
    ).toHaveLength(1);
    expect(log.every((e) => e.actor === null)).toBe(true);
  });
});
