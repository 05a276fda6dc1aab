/**
 * Attacks not covered elsewhere (the README's "Safety" section lists what covers what):
 * markup and a header break in a municipality name through a real SMTP server, guessing
 * sign-in links from one client (refused, logged, then slowed down with 429), and uploads
 * whose declared content type lies (the portal goes by the bytes, never by the header).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTransport, monitorMail } from '../../src/delivery/mail.ts';
import { listAudit } from '../../src/portal/audit.ts';
import { DEFAULT_LINK_LIMITS } from '../../src/portal/routes/auth.ts';
import { startSmtp, type TestSmtp } from '../delivery/helpers.ts';
import { HOSTILE, hostileReport } from '../fixtures/report-schagen.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import {
  addTeamMember,
  confirmToken,
  lastToken,
  makePortal,
  requestLink,
  signIn,
  type TestPortal,
} from '../portal/helpers.ts';
import { textOf, upload } from '../portal-team/helpers.ts';
import { buildZip, folderEntries } from '../portal-team/zip.ts';
import { snapshotStore } from '../store/helpers.ts';

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

describe('uploads whose content type lies', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await makePortal({ maxUploadBytes: 2 * 1024 * 1024 });
    await addTeamMember(portal, 'monitorteam@voorbeeld.nl', 'team');
  }, 60_000);
  afterAll(async () => {
    await portal?.close();
  });
  const golden = (name: string) => readFileSync(join(GOLDEN_FOLDER, name));

  it('refuses a CSV sent as application/zip, and a zip sent as text/csv named .csv', async () => {
    const team = await signIn(portal, 'monitorteam@voorbeeld.nl');
    const before = await snapshotStore(portal.store);
    const csvAsZip = await upload(portal, team, {
      name: 'levering.zip',
      bytes: golden('telefonie14.csv'),
      type: 'application/zip',
    });
    expect(csvAsZip.status).toBe(422);
    expect(textOf(await csvAsZip.text())).toContain('is geen geldig zip-bestand');

    const zip = buildZip(folderEntries(GOLDEN_FOLDER).filter((e) => e.name.endsWith('.csv')));
    const zipAsCsv = await upload(
      portal,
      team,
      { name: 'telefonie14.csv', bytes: zip, type: 'text/csv' },
      { soort: 'bestand', tabel: 'telefonie14', peildatum: '1-3-2017' },
    );
    expect(zipAsCsv.status).toBe(422);
    expect(textOf(await zipAsCsv.text())).toContain(
      'Bestand telefonie14.csv kan niet gelezen worden',
    );
    expect(await snapshotStore(portal.store)).toEqual(before);
  });

  it('refuses CSV text sent as an XLSX file, naming the file', async () => {
    const team = await signIn(portal, 'monitorteam@voorbeeld.nl');
    const before = await snapshotStore(portal.store);
    const response = await upload(
      portal,
      team,
      {
        name: 'standaarden.xlsx',
        bytes: golden('standaarden.csv'),
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      { soort: 'bestand', tabel: 'standaarden', peildatum: '1-3-2017' },
    );
    expect(response.status).toBe(422);
    expect(textOf(await response.text())).toContain(
      'Bestand standaarden.xlsx kan niet gelezen worden',
    );
    expect(await snapshotStore(portal.store)).toEqual(before);
  });

  it('stores a real delivery zip whatever type the browser gave it', async () => {
    const team = await signIn(portal, 'monitorteam@voorbeeld.nl');
    const index = golden('bronnen.csv')
      .toString('utf8')
      .replace('telefonie14;telefonie14.csv;31-8-2016', 'telefonie14;telefonie14.csv;30-9-2016');
    const entries = folderEntries(GOLDEN_FOLDER)
      .filter((e) => e.name.endsWith('.csv'))
      .map((e) => (e.name === 'bronnen.csv' ? { name: e.name, data: index } : e));
    const response = await upload(portal, team, {
      name: 'levering.zip',
      bytes: buildZip(entries),
      type: 'text/plain',
    });
    expect(response.status).toBe(200);
    expect(textOf(await response.text())).toContain('levering.zip: 1 nieuw opgeslagen');
  });
});
