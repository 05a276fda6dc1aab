/**
 * The explanation in the PDF: the portal's PDF download and the quarterly production (which
 * archives and mails the PDF) both print it beside the rating, through real Chromium and read
 * back with pdftotext. A withdrawal after the production removes it from the portal's view of
 * the archived monitor, while the archive keeps what was mailed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedContent, listArchived } from '../../src/delivery/archive.ts';
import { createTransport } from '../../src/delivery/mail.ts';
import { produceQuarter } from '../../src/delivery/produce.ts';
import { addSubscriber } from '../../src/delivery/subscribers.ts';
import { startSmtp, type TestSmtp } from '../delivery/helpers.ts';
import { makePortal, type SignedIn, signIn, type TestPortal } from '../portal/helpers.ts';
import { explain, get, monitorHtml, post, shownExplanations, withdrawPath } from './helpers.ts';

const TEXT = 'Zaaksysteem en documentbeheer bewust gescheiden tot de aanbesteding van 2018.';

describe('explanations in the PDF', () => {
  let portal: TestPortal;
  let staff: SignedIn;
  let smtp: TestSmtp;
  let dir: string;

  beforeAll(async () => {
    portal = await makePortal();
    smtp = await startSmtp();
    dir = await mkdtemp(join(tmpdir(), 'mdd-explanations-pdf-'));
    staff = await signIn(portal, 'medewerker@schagen.nl');
    await explain(portal, staff, 'GM0441', {
      thema: 'dubbele_functionaliteit',
      tekst: TEXT,
      einddatum: '2017-12-31',
    });
  });
  afterAll(async () => {
    await smtp.close();
    await portal.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function pdfText(pdf: Buffer, name: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, pdf);
    return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
  }

  it('prints it beside the rating in the PDF download', async () => {
    const response = await get(portal, staff, '/gemeente/GM0441.pdf');
    expect(response.status).toBe(200);
    const text = await pdfText(Buffer.from(await response.arrayBuffer()), 'download.pdf');
    expect(text).toContain(`Toelichting van de gemeente ${TEXT}`);
    expect(text).toContain('Geschreven op 1-2-2017, geldig tot en met 31-12-2017.');
    // In section 2.2, between its rating and section 2.3.
    const at = text.indexOf(TEXT);
    expect(at).toBeGreaterThan(text.indexOf('Referentiecomponenten met meer dan een pakketversie'));
    expect(at).toBeLessThan(text.lastIndexOf('2.3 Te vervangen pakketten'));
  }, 90_000);

  it('archives and mails it with the quarterly production', async () => {
    await addSubscriber(portal.store, 'GM0441', 'medewerker@schagen.nl', 'request');
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    const result = await produceQuarter(
      {
        store: portal.store,
        transport,
        baseUrl: 'http://portaal.test/',
        retry: { attempts: 1, delaysMs: [] },
        now: () => new Date('2017-04-03T07:00:00Z'),
      },
      '2017Q1',
    );
    transport.close();
    expect(result.municipalities.map((m) => [m.code, m.status])).toEqual([['GM0441', 'made']]);

    const [archived] = await listArchived(portal.store, 'GM0441');
    const { report, pdf } = await archivedContent(portal.store, archived?.id ?? -1);
    const tile = report.summary.flatMap((g) => g.tiles).find((t) => t.explanation);
    expect(tile?.id).toBe('dubbele_functionaliteit');
    expect(tile?.explanation?.text).toBe(TEXT);

    await smtp.waitFor(1);
    const attachment = smtp.mails[0]?.attachments[0];
    expect(attachment?.filename).toBe('GM0441-2017-01-23.pdf');
    expect(attachment?.content.equals(pdf)).toBe(true);
    const text = await pdfText(pdf, 'mailed.pdf');
    expect(text).toContain(`Toelichting van de gemeente ${TEXT}`);
  }, 120_000);

  it('drops a withdrawn explanation from the portal view of the archived monitor', async () => {
    const page = await (await get(portal, staff, '/toelichtingen/GM0441')).text();
    expect((await post(portal, staff, withdrawPath(page))).status).toBe(303);
    expect(shownExplanations(await monitorHtml(portal, staff, 'GM0441'))).toEqual([]);
    // What was mailed stays in the archive as it was.
    const [archived] = await listArchived(portal.store, 'GM0441');
    const { report } = await archivedContent(portal.store, archived?.id ?? -1);
    expect(JSON.stringify(report)).toContain(TEXT);
  });
});
