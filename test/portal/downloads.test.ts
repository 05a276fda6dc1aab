/** The downloads of a monitor: PDF through real Chromium, CSV and JSON from the same model. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedPrinter } from '../../src/portal/printer.ts';
import { openPdfPrinter } from '../../src/report/pdf.ts';
import { makePortal, type SignedIn, signIn, type TestPortal } from './helpers.ts';

describe('monitor downloads', () => {
  let portal: TestPortal;
  let staff: SignedIn;
  beforeAll(async () => {
    portal = await makePortal();
    staff = await signIn(portal, 'someone@schagen.nl');
  });
  afterAll(async () => {
    await portal.close();
  });

  function get(path: string) {
    return portal.app.request(path, { headers: { cookie: staff.cookie } });
  }

  it('prints the PDF with Chromium, as an attachment named by code and date', async () => {
    const response = await get('/gemeente/GM0441.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="GM0441-2017-01-23.pdf"',
    );
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
    // The same browser serves the next one.
    const dated = await get('/gemeente/GM0441/2017-01-23.pdf');
    expect(
      Buffer.from(await dated.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  }, 60_000);

  it("gives Schagen's figures in the CSV, one row per figure, in Dutch", async () => {
    const response = await get('/gemeente/GM0441.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="GM0441-2017-01-23.csv"',
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFgemeentecode;gemeente;peildatum;sectie;id;')).toBe(true);
    const rows = text.split('\r\n').map((line) => line.split(';'));
    const row = (id: string) => rows.find((cells) => cells[4] === id);
    expect(row('pakketten')).toEqual([
      'GM0441',
      'Schagen',
      '23-1-2017',
      '2.1',
      'pakketten',
      expect.stringContaining('akketten'),
      '82',
      'Landelijk gemiddelde',
      '64',
      '',
      '',
      // No earlier quarter in this store: the change columns are empty.
      '',
      '',
      '',
      '',
    ]);
    expect(row('te_vervangen')?.slice(6, 10)).toEqual(['3', 'Norm', '0', '(Nog) niet in orde']);
    expect(row('volwassenheid_burger')?.slice(6, 10)).toEqual([
      '68%',
      'Landelijk gemiddelde',
      '59%',
      'In orde',
    ]);
    // Table rows follow the figures: the packages to replace, by end date.
    const replace = rows.filter((cells) => cells[4] === 'te_vervangen' && cells[5] !== undefined);
    expect(replace.map((cells) => cells[6])).toContain('Holnova Financiën 6.5');
    expect(text).not.toContain('Appingedam');
  });

  it('gives the whole report model as JSON', async () => {
    const response = await get('/gemeente/GM0441.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const report = (await response.json()) as {
      municipality: { code: string; name: string };
      referenceDate: string;
      summary: unknown[];
    };
    expect(report.municipality).toMatchObject({ code: 'GM0441', name: 'Schagen' });
    expect(report.referenceDate).toBe('2017-01-23');
    expect(report.summary).toHaveLength(3);
  });
});

describe('PDF without a browser on the server', () => {
  it('answers a Dutch 503 page, not a download, and logs one line', async () => {
    const printer = createSharedPrinter(() =>
      openPdfPrinter({ executablePath: '/nergens/chromium' }),
    );
    const portal = await makePortal({}, printer);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const who = await signIn(portal, 'geen-pdf@schagen.nl');
      const response = await portal.app.request('/gemeente/GM0441.pdf', {
        headers: { cookie: who.cookie },
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(response.headers.get('content-type')).toContain('text/html');
      expect(await response.text()).toContain('PDF niet beschikbaar');
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
      await portal.close();
    }
  });
});
