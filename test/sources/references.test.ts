import { describe, expect, it } from 'vitest';
import { type ReadTableResult, readTableFile } from '../../src/sources/read-table.ts';
import { checkReferences, type KnownKeys } from '../../src/sources/references.ts';
import type { TableName, TableRows } from '../../src/sources/tables.ts';
import { expectMessageNamesPlace, onlyIssue, useTempDir, writeFixture } from './helpers.ts';

const tmp = useTempDir();

/** A read result as the readers give it, with rows on spreadsheet rows 2, 3, ... */
function file<T extends TableName>(table: T, rows: TableRows[T][]): ReadTableResult<T> {
  return {
    table,
    file: `${table}.csv`,
    dataDate: '2017-01-23',
    rows,
    rowNumbers: rows.map((_, i) => i + 2),
    rejectedKeys: [],
    contentHash: '',
    issues: [],
  };
}

function keys(partial: Partial<Record<keyof KnownKeys, string[]>> = {}): KnownKeys {
  return {
    municipalities: new Set(partial.municipalities),
    referenceComponents: new Set(partial.referenceComponents),
    standards: new Set(partial.standards),
    packageVersions: new Set(partial.packageVersions),
  };
}

const schagen = {
  code: 'GM0441',
  name: 'Schagen',
  province: 'Noord-Holland',
  emailDomains: ['schagen.nl'],
  startDate: null,
  endDate: null,
  successor: null,
};
const phone = (municipality: string) => ({ municipality, status: 'operationeel' as const });
const version = (id: string, compliantStandardIds: string[] = []) => ({
  id,
  supplier: 'Leverancier',
  packageName: 'Pakket',
  version: '1',
  endOfSupport: null,
  offer: 'saas' as const,
  compliantStandardIds,
});
const coupling = (id: string, from: string, to: string, standardId: string | null = null) => ({
  municipality: 'GM0441',
  id,
  fromPackageVersionId: from,
  to,
  standardId,
});

describe('checkReferences', () => {
  it('checks municipality codes against the delivery first, even when the store knows more', () => {
    const files = [
      file('gemeenten', [schagen]),
      file('telefonie14', [phone('GM0441'), phone('GM0003')]),
    ];
    const issues = checkReferences(files, keys({ municipalities: ['GM0003'] }));
    const issue = onlyIssue(issues, 'unknown-reference');
    expect(issue).toMatchObject({
      severity: 'error',
      file: 'telefonie14.csv',
      row: 3,
      column: 'gemeentecode',
      value: 'GM0003',
    });
    expect(issue.message).toContain('bestand gemeenten.csv in deze levering');
    expectMessageNamesPlace(issue);
  });

  it('checks against the latest stored import when the delivery lacks the table', () => {
    const files = [file('telefonie14', [phone('GM0441'), phone('GM9999')])];
    const issue = onlyIssue(
      checkReferences(files, keys({ municipalities: ['GM0441'] })),
      'unknown-reference',
    );
    expect(issue).toMatchObject({ row: 3, value: 'GM9999' });
    expect(issue.message).toContain('de laatst opgeslagen import');
  });

  it('finds every reference unknown when the table was never imported', () => {
    const files = [file('telefonie14', [phone('GM0441')])];
    const issue = onlyIssue(checkReferences(files, keys()), 'unknown-reference');
    expect(issue.message).toContain('nog nooit geïmporteerd');
  });

  it('checks package versions, reference components and standards of the portfolio', () => {
    const files = [
      file('gemeente_pakketversies', [
        {
          municipality: 'GM0441',
          packageVersionId: 'PV00001',
          status: 'in productie',
          technology: 'saas',
          referenceComponentId: 'RC404',
        },
      ]),
      file('pakketversies', [version('PV00001', ['S1', 'S9'])]),
    ];
    const stored = keys({
      municipalities: ['GM0441'],
      referenceComponents: ['RC001'],
      standards: ['S1'],
    });
    const issues = checkReferences(files, stored);
    expect(issues.map((i) => [i.file, i.row, i.column, i.value])).toEqual([
      ['gemeente_pakketversies.csv', 2, 'referentiecomponent_id', 'RC404'],
      ['pakketversies.csv', 2, 'compliant_standaarden', 'S9'],
    ]);
  });

  it('checks `naar` only when it has the form of a package version id', () => {
    const files = [
      file('pakketversies', [version('PV00001'), version('PV00002')]),
      file('koppelingen', [
        coupling('K1', 'PV00001', 'PV00002', 'S1'),
        coupling('K2', 'PV00001', 'DigiD'),
        coupling('K3', 'PV00001', 'GGK - Gemeentelijk Gegevensknooppunt'),
        coupling('K4', 'PV00001', 'PV09999'),
        coupling('K5', 'PV00404', 'Digipoort', 'S404'),
      ]),
    ];
    const stored = keys({ municipalities: ['GM0441'], standards: ['S1'] });
    const issues = checkReferences(files, stored);
    expect(issues.map((i) => [i.row, i.column, i.value])).toEqual([
      [5, 'naar', 'PV09999'],
      [6, 'van_pakketversie_id', 'PV00404'],
      [6, 'standaard_id', 'S404'],
    ]);
    for (const issue of issues) expectMessageNamesPlace(issue);
  });

  it('warns about a successor missing from the register, without blocking', () => {
    const merged = { ...schagen, code: 'GM0007', endDate: '2017-12-31', successor: 'GM1950' };
    const issue = onlyIssue(
      checkReferences([file('gemeenten', [schagen, merged])], keys()),
      'unknown-reference',
    );
    expect(issue).toMatchObject({
      severity: 'warning',
      row: 3,
      column: 'opvolger',
      value: 'GM1950',
    });
  });

  it('caps the issues per file', () => {
    const rows = Array.from({ length: 230 }, (_, i) =>
      phone(`GM${String(i + 1).padStart(4, '0')}`),
    );
    const issues = checkReferences([file('telefonie14', rows)], keys());
    expect(issues).toHaveLength(201);
    expect(issues.at(-1)).toMatchObject({ code: 'too-many-issues' });
    expect(issues.at(-1)?.message).toContain('nog 30 meldingen');
  });

  it('does not call a key unknown when its row was only rejected for a bad value', async () => {
    const read = async <T extends TableName>(table: T, text: string) =>
      readTableFile(await writeFixture(tmp.path(), `${table}.csv`, text), table, '2017-01-23');
    const components = await read(
      'referentiecomponenten',
      'id;naam;digitale_dienstverlening\nRC001;Zaaksysteem;ja\nRC002;Archief;misschien\n',
    );
    const portfolio = await read(
      'gemeente_pakketversies',
      'gemeentecode;pakketversie_id;status;technologie;referentiecomponent_id\n' +
        'GM0441;PV00001;in productie;saas;RC002\n' +
        'GM0441;PV00001;in productie;saas;RC001\n' +
        'GM0441;PV00001;in productie;saas;RC404\n',
    );
    // The one real mistake is the bad value in row 3 of the components file.
    expect(onlyIssue(components.issues, 'bad-value')).toMatchObject({ row: 3, value: 'misschien' });
    const stored = keys({ municipalities: ['GM0441'], packageVersions: ['PV00001'] });
    const issues = checkReferences([components, portfolio], stored);
    expect(issues.map((i) => [i.file, i.row, i.column, i.value])).toEqual([
      ['gemeente_pakketversies.csv', 4, 'referentiecomponent_id', 'RC404'],
    ]);
  });
});
