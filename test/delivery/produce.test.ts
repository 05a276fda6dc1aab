/**
 * A quarter's production on the golden store, mailed to a real SMTP server on loopback: the
 * mails and PDFs arrive, a foreign address gets nothing and is logged, and a second run of the
 * same quarter reuses the archive and sends nothing again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArchived } from '../../src/delivery/archive.ts';
import { planQuarter } from '../../src/delivery/dry-run.ts';
import { listDeliveries } from '../../src/delivery/log.ts';
import { createTransport } from '../../src/delivery/mail.ts';
import { type ProduceResult, produceQuarter } from '../../src/delivery/produce.ts';
import { deliveryDb } from '../../src/delivery/schema.ts';
import { addSubscriber, listSubscribers } from '../../src/delivery/subscribers.ts';
import { listAudit } from '../../src/portal/audit.ts';
import { addTeamMember } from '../../src/portal/team-list.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';
import { recipientsOf, startSmtp, type TestSmtp } from './helpers.ts';

const FAST = { attempts: 3, delaysMs: [10, 20] };

describe('mdd produce on the golden store', () => {
  let test: TestStore;
  let smtp: TestSmtp;
  let first: ProduceResult;

  beforeAll(async () => {
    test = await openGoldenTestStore();
    smtp = await startSmtp();
    const { store } = test;
    await addSubscriber(store, 'GM0441', 'medewerker@schagen.nl', 'request');
    await addSubscriber(store, 'GM0441', 'Iemand@Gmail.com', 'request');
    await addSubscriber(store, 'GM0441', 'monitorteam@voorbeeld.nl', 'team');
    await addSubscriber(store, 'GM0003', 'ict@appingedam.nl', 'team');
    await addTeamMember(store, 'monitorteam@voorbeeld.nl', 'team');
    // Schagen's catalogue profile names an administrator outside the municipality's domains.
    await store.db
      .updateTable('catalogue_profiles')
      .set({ administrator_email: 'beheer@schagen-ict.nl' })
      .where('municipality', '=', 'GM0441')
      .execute();
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    first = await produceQuarter(
      { store, transport, baseUrl: 'http://portaal.test/', retry: FAST },
      '2017Q1',
    );
    transport.close();
  }, 120_000);

  afterAll(async () => {
    await smtp.close();
    await test.close();
  });

  it('mails each allowed subscriber once, with the summary and the PDF', () => {
    expect(recipientsOf(smtp.mails).sort()).toEqual([
      'beheer@schagen-ict.nl',
      'ict@appingedam.nl',
      'medewerker@schagen.nl',
      'monitorteam@voorbeeld.nl',
    ]);
    const mail = smtp.mails.find((m) => recipientsOf([m])[0] === 'medewerker@schagen.nl');
    expect(mail?.subject).toBe(
      'Monitor Doelgerichte Digitalisering Schagen, 2017Q1 (peildatum 23-1-2017)',
    );
    expect(mail?.text).toContain('- Digitale volwassenheid: In orde');
    expect(mail?.text).toContain('- Telefonie 14+: Aandacht vereist');
    expect(mail?.text).toContain('- Te vervangen pakketten: (Nog) niet in orde');
    expect(mail?.text).toContain('Er is geen eerdere monitor om mee te vergelijken.');
    expect(mail?.text).toContain('http://portaal.test/gemeente/GM0441/2017-01-23');
    const ratings = (mail?.text ?? '').split('\n').filter((line) => /^- .+: /.test(line));
    expect(ratings).toHaveLength(16);
    const [pdf] = mail?.attachments ?? [];
    expect(pdf?.filename).toBe('GM0441-2017-01-23.pdf');
    expect(pdf?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('subscribes the catalogue administrator named in the latest profiles', async () => {
    const subscribers = await listSubscribers(test.store, 'GM0441');
    expect(subscribers.find((s) => s.email === 'beheer@schagen-ict.nl')?.source).toBe(
      'catalogue-admin',
    );
  });

  it('gives every mail an unsubscribe link and header, and a Message-ID per archive and address', () => {
    for (const mail of smtp.mails) {
      const link = /http:\/\/portaal\.test\/afmelden\?token=[A-Za-z0-9_-]{43}/.exec(
        mail.text ?? '',
      );
      expect(link).not.toBeNull();
      const header = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
      expect(header.replace(/\s+/g, '')).toBe(`List-Unsubscribe:<${link?.[0]}>`);
      expect(mail.messageId).toMatch(/^<monitor-\d+-[0-9a-f]{32}@mdd\.local>$/);
    }
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(4);
  });

  it('refuses the foreign address at send time and logs it in the delivery log and audit', async () => {
    const log = await listDeliveries(test.store);
    const foreign = log.find((row) => row.email === 'iemand@gmail.com');
    expect(foreign?.status).toBe('refused');
    expect(foreign?.lastError).toContain('gmail.com');
    expect(log.filter((row) => row.status === 'sent')).toHaveLength(4);
    const audit = await listAudit(test.store);
    expect(
      audit.some(
        (e) => e.action === 'monitor niet verstuurd (geweigerd)' && e.detail?.includes('gmail'),
      ),
    ).toBe(true);
  });

  it('archives each monitor once with its model, HTML, PDF and hash', async () => {
    const archived = await listArchived(test.store);
    expect(archived.map((a) => `${a.municipality} ${a.quarter} ${a.referenceDate}`)).toEqual([
      'GM0003 2017Q1 2017-01-23',
      'GM0441 2017Q1 2017-01-23',
    ]);
    const row = await deliveryDb(test.store)
      .selectFrom('monitor_archive')
      .selectAll()
      .where('municipality_code', '=', 'GM0441')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.model_json).municipality.name).toBe('Schagen');
    expect(JSON.parse(row.imports_json)).toHaveLength(12);
    expect(row.html).toContain('<html');
    expect(Buffer.from(row.pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(row.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.municipalities.map((m) => m.status)).toEqual(['made', 'made']);
  });

  it('shows in a dry run afterwards that the monitors are archived and who already got them', async () => {
    const plan = await planQuarter(test.store, '2017Q1');
    expect(plan.monitors.map((m) => m.archived)).toEqual([true, true]);
    const schagen = plan.monitors.find((m) => m.code === 'GM0441')?.recipients ?? [];
    expect(schagen.map((r) => `${r.email} ${r.alreadySent}`)).toEqual([
      'beheer@schagen-ict.nl true',
      'iemand@gmail.com false',
      'medewerker@schagen.nl true',
      'monitorteam@voorbeeld.nl true',
    ]);
  });

  it('reuses the archive and sends nothing twice on a second run of the quarter', async () => {
    const before = await listArchived(test.store);
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    const second = await produceQuarter(
      { store: test.store, transport, baseUrl: 'http://portaal.test', retry: FAST },
      '2017Q1',
    );
    transport.close();
    expect(second.municipalities.map((m) => m.status)).toEqual(['reused', 'reused']);
    expect(second.municipalities.flatMap((m) => m.recipients)).toEqual([]);
    expect(smtp.mails).toHaveLength(4);
    expect(await listArchived(test.store)).toEqual(before);
  }, 60_000);
});
