import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../src/sources/read-table.ts';
import { toCell } from '../../src/sources/xlsx.ts';
import { onlyIssue, useTempDir, writeWorkbook } from './helpers.ts';

const tmp = useTempDir();

describe('toCell', () => {
  it('turns exceljs values into plain cells', () => {
    const date = new Date(Date.UTC(2017, 0, 23));
    expect(toCell(null)).toBeNull();
    expect(toCell(undefined)).toBeNull();
    expect(toCell(6.7)).toBe(6.7);
    expect(toCell('tekst')).toBe('tekst');
    expect(toCell(true)).toBe(true);
    expect(toCell(date)).toBe(date);
    expect(
      toCell({ richText: [{ text: 'Zaak' }, { text: 'systeem', font: { bold: true } }] }),
    ).toBe('Zaaksysteem');
    expect(toCell({ formula: 'A1*2', result: 14 })).toBe(14);
    expect(toCell({ sharedFormula: 'B2', result: 'ja' })).toBe('ja');
    expect(toCell({ formula: 'A1' })).toBeNull();
    expect(toCell({ formula: 'NA()', result: { error: '#N/A' } })).toBe('#N/A');
    expect(toCell({ text: 'schagen.nl', hyperlink: 'https://schagen.nl' })).toBe('schagen.nl');
    expect(toCell({ error: '#DIV/0!' })).toBe('#DIV/0!');
  });
});

describe('reading XLSX files', () => {
  it('reads the first sheet with a Date cell, a serial date, a formula and rich text', async () => {
    const path = await writeWorkbook(tmp.path(), 'profielen.xlsx', [
      ['Gemeentecode', 'laatste wijziging', 'contactpersoon', 'account', 'beheerder_email'],
      [
        441,
        new Date(Date.UTC(2017, 0, 23)),
        'ja',
        true,
        { richText: [{ text: 'beheer@' }, { text: 'schagen.nl' }] },
      ],
      ['GM0003', 42758, { formula: 'IF(1=1,"nee","ja")', result: 'nee' }, 0, null],
      ['3', 61, 'J', 'N', null],
    ]);
    const result = await readTableFile(path, 'gemeente_profielen', '2017-01-23');
    expect(result.rows).toEqual([
      {
        municipality: 'GM0441',
        lastChange: '2017-01-23',
        contactPerson: true,
        account: true,
        administratorEmail: 'beheer@schagen.nl',
      },
      {
        municipality: 'GM0003',
        lastChange: '2017-01-23',
        contactPerson: false,
        account: false,
        administratorEmail: null,
      },
    ]);
    // Row 4 repeats GM0003 (written as "3"), with serial 61: 1-3-1900.
    expect(onlyIssue(result.issues, 'duplicate-key')).toMatchObject({
      row: 4,
      column: 'gemeentecode',
    });
    expect(result.issues).toHaveLength(1);
  });

  it('reads numbers, formula results and percent fractions', async () => {
    const surveys = await writeWorkbook(tmp.path(), 'peilingen.xlsx', [
      ['gemeentecode', 'peiling', 'indicator', 'score'],
      ['GM0441', 'burgerpeiling', 'waardering dienstverlening', 6.7],
      [
        'GM0441',
        'burgerpeiling',
        'waardering digitale dienstverlening',
        { formula: '6.5+0.2', result: 6.7 },
      ],
      ['GM0441', 'ondernemerspeiling', 'waardering dienstverlening', '7'],
    ]);
    const s = await readTableFile(surveys, 'peilingen', '2016-12-31');
    expect(s.issues).toEqual([]);
    expect(s.rows.map((r) => r.scoreTenths)).toEqual([67, 67, 70]);

    const maturity = await writeWorkbook(tmp.path(), 'dv.xlsx', [
      ['gemeentecode', 'product', 'doelgroep', 'score', 'onderzoeksjaar'],
      ['GM0441', 'A', 'burger', 0.33, 2016],
      ['GM0441', 'B', 'burger', 0.6667, { formula: '2015+1', result: 2016 }],
      ['GM0441', 'C', 'burger', 1, 2016],
      ['GM0441', 'D', 'burger', 'niet waargenomen', 2016],
    ]);
    const m = await readTableFile(maturity, 'digitale_volwassenheid', '2016-12-31');
    expect(m.issues).toEqual([]);
    expect(m.rows.map((r) => r.level)).toEqual([33, 66, 100, null]);
  });

  it('reads a formula whose cached result is 0 or false (exceljs leaves it out of `value`)', async () => {
    const facilities = await writeWorkbook(tmp.path(), 'lv.xlsx', [
      ['gemeentecode', 'voorziening', 'aangesloten'],
      ['GM0441', 'eherkenning', { formula: 'FALSE()', result: false }],
      ['GM0441', 'digimelding', { formula: 'TRUE()', result: true }],
      ['GM0441', 'handelsregister', { formula: '1-1', result: 0 }],
    ]);
    const f = await readTableFile(facilities, 'landelijke_voorzieningen', '2016-11-30');
    expect(f.issues).toEqual([]);
    expect(f.rows.map((r) => r.connected)).toEqual([false, true, false]);

    const maturity = await writeWorkbook(tmp.path(), 'dv-zero.xlsx', [
      ['gemeentecode', 'product', 'doelgroep', 'score', 'onderzoeksjaar'],
      ['GM0441', 'A', 'burger', { formula: '0*1', result: 0 }, 2016],
    ]);
    const m = await readTableFile(maturity, 'digitale_volwassenheid', '2016-12-31');
    expect(m.issues).toEqual([]);
    expect(m.rows.map((r) => r.level)).toEqual([0]);
  });

  it('reports an error value of a formula with its code', async () => {
    const path = await writeWorkbook(tmp.path(), 'telefonie.xlsx', [
      ['gemeentecode', 'status'],
      ['GM0441', { formula: 'VLOOKUP(A2,X:Y,2)', result: { error: '#N/A' } }],
    ]);
    const result = await readTableFile(path, 'telefonie14', '2016-08-31');
    const issue = onlyIssue(result.issues, 'bad-value');
    expect(issue).toMatchObject({ row: 2, column: 'status', value: '#N/A' });
  });

  it('numbers rows by the sheet, also after an empty row', async () => {
    const path = await writeWorkbook(tmp.path(), 'ggk.xlsx', [
      ['gemeentecode', 'domein', 'actief', 'kanaal'],
      ['GM0441', 'ijw', 'ja', 'portaal'],
      [],
      ['GM0441', 'iwmo', 'ja', 'per post'],
    ]);
    const result = await readTableFile(path, 'ggk', '2016-12-31');
    expect(onlyIssue(result.issues, 'bad-value')).toMatchObject({ row: 4, column: 'kanaal' });
  });
});
