import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/portal/audit.ts';
import { listImports } from '../../src/store/tables-at.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { snapshotStore } from '../store/helpers.ts';
import {
  addTeamMember,
  get,
  makePortal,
  type SignedIn,
  signIn,
  TEAM,
  type TestPortal,
  tableRows,
  textOf,
  upload,
} from './helpers.ts';
import { buildZip, folderEntries, type ZipEntrySpec } from './zip.ts';

let portal: TestPortal;
let team: SignedIn;

beforeAll(async () => {
  portal = await makePortal({ maxUploadBytes: 2 * 1024 * 1024 });
  await addTeamMember(portal, TEAM, 'team');
  team = await signIn(portal, TEAM);
});
afterAll(() => portal.close());

/** The golden delivery with some files replaced, in a folder of the zip or at its root. */
function delivery(changes: Record<string, string> = {}, prefix = ''): Buffer {
  const entries: ZipEntrySpec[] = folderEntries(GOLDEN_FOLDER, prefix)
    .filter((e) => e.name.endsWith('.csv'))
    .map((e) => {
      const changed = changes[e.name.slice(prefix.length)];
      return changed === undefined ? e : { name: e.name, data: changed };
    });
  return buildZip(entries);
}

function goldenText(name: string): string {
  return readFileSync(join(GOLDEN_FOLDER, name), 'utf8');
}

describe('GET /team/imports', () => {
  it('should show both upload forms with the CSRF token and the history', async () => {
    const html = await (await get(portal, '/team/imports', team)).text();
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html.match(new RegExp(`name="_csrf" value="${team.csrf}"`, 'g'))?.length).toBe(3);
    const history = tableRows(html, '<caption>Alle imports');
    expect(history).toHaveLength(12);
    expect(history.find((row) => row[0] === 'telefonie14')).toEqual([
      'telefonie14',
      '31-8-2016',
      '386',
      expect.stringMatching(/^\d{1,2}-\d{1,2}-\d{4} \d\d:\d\d$/),
      'telefonie14.csv',
      'levering 1',
    ]);
  });
});

describe('POST /team/imports', () => {
  it('should store a delivery zipped inside a folder and list the new import first', async () => {
    const index = goldenText('bronnen.csv').replace(
      'telefonie14;telefonie14.csv;31-8-2016',
      'telefonie14;telefonie14.csv;31-12-2016',
    );
    const response = await upload(portal, team, {
      name: 'levering-2017q1.zip',
      bytes: delivery({ 'bronnen.csv': index }, 'levering-2017q1/'),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(textOf(html)).toContain('levering-2017q1.zip: 1 nieuw opgeslagen, 11 overgeslagen');
    const history = tableRows(html, '<caption>Alle imports');
    expect(history[0]?.slice(0, 3)).toEqual(['telefonie14', '31-12-2016', '386']);
    const stored = await listImports(portal.store);
    expect(stored.filter((v) => v.table === 'telefonie14').map((v) => v.dataDate)).toEqual([
      '2016-08-31',
      '2016-12-31',
    ]);
    const entry = (await listAudit(portal.store)).find((e) => e.action === 'import');
    expect(entry).toMatchObject({ actor: TEAM });
    expect(entry?.detail).toContain('levering-2017q1.zip: 1 nieuw, 11 overgeslagen');
  });

  it('should store nothing when one file fails, and show file, row and column', async () => {
    const before = await snapshotStore(portal.store);
    const broken = goldenText('telefonie14.csv').replace('GM0005;operationeel', 'GM0005;kapot');
    const index = goldenText('bronnen.csv').replace(/31-8-2016/, '30-9-2016');
    const response = await upload(portal, team, {
      name: 'fout.zip',
      bytes: delivery({ 'telefonie14.csv': broken, 'bronnen.csv': index }),
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(textOf(html)).toContain('Niet geïmporteerd: er is niets opgeslagen');
    const issues = tableRows(html, 'Fouten en waarschuwingen per bestand');
    expect(issues[0]?.slice(0, 4)).toEqual(['telefonie14.csv', '3', 'status', 'kapot']);
    expect(issues[0]?.[5]).toContain('In bestand telefonie14.csv, rij 3, kolom "status"');
    expect(await snapshotStore(portal.store)).toEqual(before);
    const entry = (await listAudit(portal.store))[0];
    expect(entry).toMatchObject({ action: 'import-geweigerd', actor: TEAM });
  });

  it.each([
    ['../../buiten.csv', 'buiten de map'],
    ['/tmp/absoluut.csv', 'buiten de map'],
  ])('should refuse a zip with the entry %s and store nothing', async (name, words) => {
    const before = await snapshotStore(portal.store);
    const zip = buildZip([...folderEntries(GOLDEN_FOLDER), { name, data: 'x' }]);
    const response = await upload(portal, team, { name: 'slip.zip', bytes: zip });
    expect(response.status).toBe(422);
    expect(textOf(await response.text())).toContain(words);
    expect(await snapshotStore(portal.store)).toEqual(before);
  });

  it('should refuse a zip bomb before inflating it and store nothing', async () => {
    const before = await snapshotStore(portal.store);
    const bomb = buildZip([{ name: 'bronnen.csv', data: Buffer.alloc(1), declaredSize: 2 ** 31 }]);
    const response = await upload(portal, team, { name: 'bom.zip', bytes: bomb });
    expect(response.status).toBe(422);
    expect(textOf(await response.text())).toContain('pakt uit tot meer dan is toegestaan');
    expect(await snapshotStore(portal.store)).toEqual(before);
  });

  it('should refuse a file named .zip that is no zip, in Dutch', async () => {
    const response = await upload(portal, team, {
      name: 'levering.zip',
      bytes: Buffer.from(goldenText('telefonie14.csv')),
    });
    expect(response.status).toBe(422);
    expect(textOf(await response.text())).toContain(
      'Het bestand levering.zip is geen geldig zip-bestand.',
    );
  });

  it('should answer an oversized upload with the Dutch 413 page', async () => {
    const response = await upload(portal, team, {
      name: 'groot.zip',
      bytes: Buffer.alloc(4 * 1024 * 1024, 1),
    });
    expect(response.status).toBe(413);
    expect(textOf(await response.text())).toContain('Bestand te groot');
  });

  it('should import one table file with its table and data date', async () => {
    const response = await upload(
      portal,
      team,
      {
        name: 'standaarden.csv',
        bytes: Buffer.from(goldenText('standaarden.csv')),
        type: 'text/csv',
      },
      { soort: 'bestand', tabel: 'standaarden', peildatum: '1-3-2017' },
    );
    expect(response.status).toBe(200);
    const history = tableRows(await response.text(), '<caption>Alle imports');
    expect(history[0]).toEqual([
      'standaarden',
      '1-3-2017',
      '9',
      expect.any(String),
      'standaarden.csv',
      'los bestand',
    ]);
  });

  it('should refuse one file without a valid data date', async () => {
    const response = await upload(
      portal,
      team,
      { name: 'standaarden.csv', bytes: Buffer.from('x'), type: 'text/csv' },
      { soort: 'bestand', tabel: 'standaarden', peildatum: '31-2-2017' },
    );
    expect(response.status).toBe(422);
    expect(textOf(await response.text())).toContain('Geef de peildatum van standaarden.csv');
  });

  it('should ask for a file when none was chosen', async () => {
    const response = await upload(portal, team, { name: 'leeg.zip', bytes: new Uint8Array() });
    expect(response.status).toBe(422);
    expect(textOf(await response.text())).toContain('Kies een bestand om te uploaden.');
  });

  it('should import one XLSX file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('standaarden');
    const rows = goldenText('standaarden.csv')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    for (const line of rows) {
      const cells: (string | number)[] = line.split(';');
      cells[2] = line === rows[0] ? 'benodigd_aantal' : Number(cells[2]);
      sheet.addRow(cells);
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await upload(
      portal,
      team,
      { name: 'standaarden.xlsx', bytes, type: 'application/octet-stream' },
      { soort: 'bestand', tabel: 'standaarden', peildatum: '2017-04-01' },
    );
    expect(response.status).toBe(200);
    const history = tableRows(await response.text(), '<caption>Alle imports');
    expect(history[0]?.slice(0, 3)).toEqual(['standaarden', '1-4-2017', '9']);
    expect(history[0]?.[4]).toBe('standaarden.xlsx');
  });

  it('should refuse an upload without the session CSRF token and store nothing', async () => {
    const before = await snapshotStore(portal.store);
    const response = await upload(
      portal,
      { ...team, csrf: 'nagemaakt' },
      { name: 'standaarden.csv', bytes: Buffer.from(goldenText('standaarden.csv')) },
      { soort: 'bestand', tabel: 'standaarden', peildatum: '2017-05-01' },
    );
    expect(response.status).toBe(403);
    expect(await snapshotStore(portal.store)).toEqual(before);
  });
});
