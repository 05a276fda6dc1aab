import { describe, expect, it } from 'vitest';
import { MAX_ISSUES_PER_FILE } from '../../src/sources/issues.ts';
import { readTableFile } from '../../src/sources/read-table.ts';
import { expectMessageNamesPlace, onlyIssue, useTempDir, writeFixture } from './helpers.ts';

const tmp = useTempDir();

async function readText<T extends Parameters<typeof readTableFile>[1]>(
  name: string,
  table: T,
  text: string,
) {
  return readTableFile(await writeFixture(tmp.path(), name, text), table, '2017-01-23');
}

describe('broken files', () => {
  it('reports a missing required column on the header row, and reads no rows', async () => {
    const result = await readText(
      'telefonie14.csv',
      'telefonie14',
      'gemeentecode;stand\nGM0441;operationeel\n',
    );
    const issue = onlyIssue(result.issues, 'missing-column');
    expect(issue).toMatchObject({
      severity: 'error',
      file: 'telefonie14.csv',
      row: 1,
      column: 'status',
    });
    expectMessageNamesPlace(issue);
    expect(issue.message).toContain('"status"');
    expect(result.rows).toEqual([]);
    // The unknown column is named too, as a warning.
    expect(onlyIssue(result.issues, 'extra-column').column).toBe('stand');
  });

  it('reports a bad number with file, row, column and value', async () => {
    const result = await readText(
      'standaarden.csv',
      'standaarden',
      'id;naam;benodigd_aantal\nS1;Zaakservices;2\nS2;StUF;drie\nS3;Prefill;1,5\n',
    );
    expect(result.rows.map((r) => r.id)).toEqual(['S1']);
    const issues = result.issues.filter((i) => i.code === 'bad-value');
    expect(issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [3, 'benodigd_aantal', 'drie'],
      [4, 'benodigd_aantal', '1,5'],
    ]);
    for (const issue of issues) expectMessageNamesPlace(issue);
    expect(issues[0]?.message).toBe(
      'In bestand standaarden.csv, rij 3, kolom "benodigd_aantal" staat "drie"; ' +
        'verwacht: een geheel getal van 1 tot en met 2.',
    );
  });

  it('reports a bad survey score', async () => {
    const result = await readText(
      'peilingen.csv',
      'peilingen',
      'gemeentecode;peiling;indicator;score\nGM0441;burgerpeiling;waardering dienstverlening;6,75\n',
    );
    const issue = onlyIssue(result.issues, 'bad-value');
    expect(issue).toMatchObject({ row: 2, column: 'score', value: '6,75' });
    expect(issue.expected).toContain('hoogstens één decimaal');
    expectMessageNamesPlace(issue);
  });

  it('reports a bad date', async () => {
    const result = await readText(
      'gemeente_profielen.csv',
      'gemeente_profielen',
      'gemeentecode;laatste_wijziging;contactpersoon;account\nGM0441;31-2-2017;ja;ja\nGM0003;;ja;nee\n',
    );
    const issue = onlyIssue(result.issues, 'bad-value');
    expect(issue).toMatchObject({ row: 2, column: 'laatste_wijziging', value: '31-2-2017' });
    expect(issue.expected).toContain('23-1-2017');
    expectMessageNamesPlace(issue);
    // An empty last change is allowed: the row type knows an unknown date.
    expect(result.rows).toEqual([
      {
        municipality: 'GM0003',
        lastChange: null,
        contactPerson: true,
        account: false,
        administratorEmail: null,
      },
    ]);
  });

  it('reports a value outside an enumeration, naming the allowed values', async () => {
    const result = await readText(
      'gemeente_pakketversies.csv',
      'gemeente_pakketversies',
      'gemeentecode;pakketversie_id;status;technologie;referentiecomponent_id\n' +
        'GM0441;PV00001;in productie;on-premise;RC001\nGM0441;PV00002;in gebruik;cloud;RC002\n',
    );
    const issues = result.issues.filter((i) => i.code === 'bad-value');
    expect(issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [3, 'status', 'in gebruik'],
      [3, 'technologie', 'cloud'],
    ]);
    expect(issues[0]?.expected).toBe(
      'een van: "in productie", "gepland", "uit te faseren", "niet meer in gebruik"',
    );
    for (const issue of issues) expectMessageNamesPlace(issue);
  });

  it('reports a duplicate key naming both rows, also when the codes are written differently', async () => {
    const result = await readText(
      'ggk.csv',
      'ggk',
      'gemeentecode;domein;actief;kanaal\nGM0441;ijw;ja;portaal\nGM0441;iwmo;ja;portaal\n441;IJW;nee;nvt\n',
    );
    const issue = onlyIssue(result.issues, 'duplicate-key');
    expect(issue).toMatchObject({ row: 4, column: 'gemeentecode, domein', value: 'GM0441 / ijw' });
    expect(issue.message).toContain('rij 2');
    expect(issue.message).toContain('rij 4');
    expectMessageNamesPlace(issue);
    expect(result.rows).toHaveLength(2);
  });

  it('reports a repeated key also on a row with a bad value', async () => {
    const result = await readText(
      'tel3.csv',
      'telefonie14',
      'gemeentecode;status\nGM0441;operationeel\n441;gepland\nabc;operationeel\n',
    );
    expect(result.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['bad-value', 3, 'status'],
      ['duplicate-key', 3, 'gemeentecode'],
      ['bad-value', 4, 'gemeentecode'],
    ]);
    expect(result.issues[1]?.message).toContain('verwacht: elke waarde van gemeentecode één keer.');
  });

  it('reports an empty file', async () => {
    const result = await readText('telefonie14-leeg.csv', 'telefonie14', '');
    const issue = onlyIssue(result.issues, 'empty-file');
    expect(issue).toMatchObject({ row: null, column: null, file: 'telefonie14-leeg.csv' });
    expect(issue.message).toContain('telefonie14-leeg.csv bevat geen gegevensregels');
  });

  it('reports a file with only a header as empty', async () => {
    const result = await readText(
      'telefonie14-kop.csv',
      'telefonie14',
      'gemeentecode;status\r\n\r\n',
    );
    const issue = onlyIssue(result.issues, 'empty-file');
    expect(issue).toMatchObject({ severity: 'error', row: null, column: null });
    expect(issue.message).toBe(
      'Bestand telefonie14-kop.csv bevat geen gegevensregels (alleen een kopregel); ' +
        'verwacht: een kopregel en ten minste één gegevensregel.',
    );
  });

  it('reports a row with more filled fields than the header', async () => {
    const result = await readText(
      'tel.csv',
      'telefonie14',
      'gemeentecode;status\nGM0441;operationeel;extra\n',
    );
    const issue = onlyIssue(result.issues, 'bad-row');
    expect(issue).toMatchObject({ row: 2, column: null, value: 'extra' });
    expectMessageNamesPlace(issue);
    expect(result.rows).toEqual([]);
  });

  it('reports a quote that is never closed as unreadable, from the row where it opens', async () => {
    const result = await readText(
      'tel2.csv',
      'telefonie14',
      'gemeentecode;status\nGM0441;operationeel\n"GM0003;x\n',
    );
    expect(onlyIssue(result.issues, 'file-unreadable')).toMatchObject({ row: 3, file: 'tel2.csv' });
  });

  it('reports a missing file, an old .xls file and a fake .xlsx file as such', async () => {
    const missing = await readTableFile(`${tmp.path()}/bestaat-niet.csv`, 'ggk', '2017-01-23');
    expect(onlyIssue(missing.issues, 'file-missing')).toMatchObject({
      file: 'bestaat-niet.csv',
      row: null,
    });

    const xlsBytes = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const xls = await readTableFile(
      await writeFixture(tmp.path(), 'oud.xls', xlsBytes),
      'ggk',
      '2017-01-23',
    );
    expect(onlyIssue(xls.issues, 'file-unreadable').message).toContain('.xls');

    const fake = await readText('nep.xlsx', 'ggk', 'gemeentecode;domein\n');
    expect(onlyIssue(fake.issues, 'file-unreadable').message).toContain('geen geldig XLSX-bestand');
  });

  it('collects every error of a file up to the cap, then says how many more there are', async () => {
    const lines = Array.from(
      { length: 250 },
      (_, i) => `GM${String(i + 1).padStart(4, '0')};kapot`,
    );
    const result = await readText(
      'veel.csv',
      'telefonie14',
      `gemeentecode;status\n${lines.join('\n')}\n`,
    );
    expect(result.issues).toHaveLength(MAX_ISSUES_PER_FILE + 1);
    expect(result.issues[0]).toMatchObject({ code: 'bad-value', row: 2 });
    expect(result.issues[MAX_ISSUES_PER_FILE - 1]).toMatchObject({ code: 'bad-value', row: 201 });
    const last = result.issues.at(-1);
    expect(last).toMatchObject({ code: 'too-many-issues', severity: 'error' });
    expect(last?.message).toContain('nog 50 meldingen');
  });
});
