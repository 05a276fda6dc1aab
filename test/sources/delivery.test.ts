import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDelivery } from '../../src/sources/delivery.ts';
import { checkReferences } from '../../src/sources/references.ts';
import { expectMessageNamesPlace, GOLDEN, onlyIssue, useTempDir, writeFixture } from './helpers.ts';

const tmp = useTempDir();
const noKeys = () => ({
  municipalities: new Set<string>(),
  referenceComponents: new Set<string>(),
  standards: new Set<string>(),
  packageVersions: new Set<string>(),
});

describe('readDelivery on the golden delivery', () => {
  it('reads all twelve files with their data dates and without issues', async () => {
    const delivery = await readDelivery(GOLDEN);
    const references = checkReferences(delivery.files, noKeys());

    expect(delivery.issues).toEqual([]);
    expect(references).toEqual([]);
    expect(delivery.files).toHaveLength(12);
    const dates = Object.fromEntries(delivery.files.map((f) => [f.table, f.dataDate]));
    expect(dates).toMatchObject({
      gemeenten: '2016-12-31',
      pakketversies: '2017-01-23',
      telefonie14: '2016-08-31',
      landelijke_voorzieningen: '2016-11-30',
    });
    const rows = delivery.files.reduce((sum, f) => sum + f.rows.length, 0);
    expect(rows).toBe(51508);
  });
});

describe('readDelivery with a broken bronnen.csv', () => {
  async function makeDelivery(): Promise<string> {
    const dir = join(tmp.path(), 'levering');
    await mkdir(dir, { recursive: true });
    await copyFile(join(GOLDEN, 'standaarden.csv'), join(dir, 'standaarden.csv'));
    await copyFile(join(GOLDEN, 'telefonie14.csv'), join(dir, 'telefonie14.csv'));
    await writeFixture(
      dir,
      'peilingen.csv',
      'gemeentecode;peiling;indicator;score\nGM0441;burgerpeiling;waardering dienstverlening;elf\n',
    );
    await writeFixture(
      dir,
      'Bronnen.csv',
      [
        'Bron;Bestand;Peildatum;Opmerking',
        'standaarden;Standaarden.CSV;23-1-2017;naam in andere hoofdletters',
        'telefonie14;telefonie14.csv;31-8-2016;',
        'kaas;telefonie14.csv;23-1-2017;',
        'ggk;ggk.csv;31-12-2016;',
        'Telefonie14;telefonie14.csv;1-9-2016;',
        'landelijke_voorzieningen;lv.txt;30-11-2016;',
        'gemeenten;gemeenten.csv;32-1-2017;',
        'peilingen;peilingen.csv;31-12-2016;',
      ].join('\r\n'),
    );
    return dir;
  }

  it('reports each problem on its row and column of bronnen.csv and reads the rest', async () => {
    const delivery = await readDelivery(await makeDelivery());
    const index = delivery.issues.filter((i) => i.file === 'bronnen.csv');
    expect(index.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ['extra-column', 1, 'Opmerking', 'Opmerking'],
      ['unknown-table', 4, 'bron', 'kaas'],
      ['file-missing', 5, 'bestand', 'ggk.csv'],
      ['duplicate-key', 6, 'bron', 'telefonie14'],
      ['bad-delivery-index', 7, 'bestand', 'lv.txt'],
      ['bad-value', 8, 'peildatum', '32-1-2017'],
    ]);
    for (const issue of index) expectMessageNamesPlace(issue);
    expect(onlyIssue(index, 'unknown-table').message).toContain('geen bekende tabel');

    expect(delivery.files.map((f) => [f.table, f.file, f.dataDate, f.rows.length])).toEqual([
      ['standaarden', 'standaarden.csv', '2017-01-23', 9],
      ['telefonie14', 'telefonie14.csv', '2016-08-31', 386],
      ['peilingen', 'peilingen.csv', '2016-12-31', 0],
    ]);
    // A file's own issues are in its result and, as the same objects, in the delivery's list.
    const fileIssue = onlyIssue(delivery.files[2]?.issues ?? [], 'bad-value');
    expect(delivery.issues).toContain(fileIssue);
    expect(delivery.issues).toHaveLength(index.length + 1);
  });

  it('reports a folder without bronnen.csv, and a folder that does not exist', async () => {
    const empty = join(tmp.path(), 'leeg');
    await mkdir(empty, { recursive: true });
    for (const folder of [empty, join(tmp.path(), 'bestaat-niet')]) {
      const delivery = await readDelivery(folder);
      expect(delivery.files).toEqual([]);
      const issue = onlyIssue(delivery.issues, 'file-missing');
      expect(issue).toMatchObject({ file: 'bronnen.csv', row: null });
      expect(issue.message).toContain(folder);
    }
  });
});
