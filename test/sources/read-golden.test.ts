import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../../src/sources/read-table.ts';
import { TABLE_NAMES, type TableName } from '../../src/sources/tables.ts';
import { GOLDEN_ROW_COUNTS as COUNTS } from '../helpers/golden.ts';
import { GOLDEN } from './helpers.ts';

function read<T extends TableName>(table: T) {
  return readTableFile(join(GOLDEN, `${table}.csv`), table, '2017-01-23');
}

describe('the golden delivery, file by file', () => {
  it.each(TABLE_NAMES)('reads %s without issues and with the right row count', async (table) => {
    const result = await read(table);
    expect(result.issues).toEqual([]);
    expect(result.rows).toHaveLength(COUNTS[table]);
    expect(result.rowNumbers).toHaveLength(COUNTS[table]);
    expect(result.rowNumbers[0]).toBe(2);
    expect(result).toMatchObject({ table, file: `${table}.csv`, dataDate: '2017-01-23' });
  });

  it('hashes the raw bytes', async () => {
    const bytes = await readFile(join(GOLDEN, 'standaarden.csv'));
    const result = await read('standaarden');
    expect(result.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reads Schagen from the register', async () => {
    const { rows } = await read('gemeenten');
    expect(rows.find((row) => row.code === 'GM0441')).toEqual({
      code: 'GM0441',
      name: 'Schagen',
      province: 'Noord-Holland',
      emailDomains: ['schagen.nl'],
      startDate: null,
      endDate: null,
      successor: null,
    });
  });

  it('reads package versions with and without end of support and standards', async () => {
    const { rows } = await read('pakketversies');
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get('PV00001')).toEqual({
      id: 'PV00001',
      supplier: 'Zuider Automatisering B.V.',
      packageName: 'Belnova Afvalbeheer',
      version: '1.4',
      endOfSupport: null,
      offer: 'beide',
      compliantStandardIds: [],
    });
    expect(byId.get('PV00002')?.endOfSupport).toBe('2018-07-01');
    expect(byId.get('PV00096')?.compliantStandardIds).toEqual([
      'b630d161-8db0-11e3-67ab-0050568a6153',
      'bb9f0bd1-8db0-11e3-67ab-0050568a6153',
    ]);
  });

  it('reads couplings to a package version and to a national facility', async () => {
    const { rows } = await read('koppelingen');
    expect(rows[0]).toEqual({
      municipality: 'GM0003',
      id: 'K00001',
      fromPackageVersionId: 'PV01176',
      to: 'PV00765',
      standardId: 'bb9f0bd1-8db0-11e3-67ab-0050568a6153',
    });
    expect(rows[2]).toMatchObject({
      to: 'CORV - Collectieve Opdracht Routeer Voorziening',
      standardId: null,
    });
  });

  it('reads survey scores in tenths and maturity levels including "niet waargenomen"', async () => {
    const surveys = await read('peilingen');
    expect(surveys.rows[0]).toEqual({
      municipality: 'GM0005',
      survey: 'burgerpeiling',
      indicator: 'waardering dienstverlening',
      scoreTenths: 72,
    });
    const maturity = await read('digitale_volwassenheid');
    const levels = new Map<unknown, number>();
    for (const row of maturity.rows) levels.set(row.level, (levels.get(row.level) ?? 0) + 1);
    expect(Object.fromEntries(levels)).toEqual({
      0: 2725,
      33: 1421,
      66: 3006,
      100: 4246,
      null: 922,
    });
  });

  it('reads profiles with their dates and yes/no answers', async () => {
    const { rows } = await read('gemeente_profielen');
    expect(rows[0]).toEqual({
      municipality: 'GM0003',
      lastChange: '2015-08-11',
      contactPerson: true,
      account: true,
      administratorEmail: null,
    });
  });
});
