import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDelivery, importTableFile } from '../../src/store/import.ts';
import type { Store } from '../../src/store/open.ts';
import { latestDataDate, listImports, loadTablesAt } from '../../src/store/tables-at.ts';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';
import {
  copyGoldenDelivery,
  GOLDEN_DELIVERY,
  makeTempDir,
  removeDir,
  replaceCell,
} from './helpers.ts';

describe('tables as they stood on a reference date', () => {
  let dir: string;
  let test: TestStore;
  let store: Store;
  let edited: string;

  beforeAll(async () => {
    dir = await makeTempDir('tables-at');
    test = await openTestStore();
    store = test.store;
    const outcome = await importDelivery(store, GOLDEN_DELIVERY);
    if (!outcome.ok) throw new Error('golden delivery did not import');
    // A copy whose telefonie14 differs in one status, for later and corrected imports.
    edited = await copyGoldenDelivery(join(dir, 'edited'));
    await replaceCell(join(edited, 'telefonie14.csv'), 2, 'status', 'niet aangesloten');
  });

  afterAll(async () => {
    await test.close();
    await removeDir(dir);
  });

  const phone14Status = async (date: string) =>
    (await loadTablesAt(store, date)).tables.telefonie14.find((r) => r.municipality === 'GM0003')
      ?.status;

  it('should use a later import only from its data date on', async () => {
    const outcome = await importTableFile(
      store,
      join(edited, 'telefonie14.csv'),
      'telefonie14',
      '2017-03-31',
    );
    expect(outcome.ok).toBe(true);
    expect(await phone14Status('2017-01-23')).toBe('operationeel');
    expect(await phone14Status('2017-03-30')).toBe('operationeel');
    expect(await phone14Status('2017-03-31')).toBe('niet aangesloten');
    expect(await phone14Status('2018-01-01')).toBe('niet aangesloten');
    expect(await latestDataDate(store, 'telefonie14')).toBe('2017-03-31');
  });

  it('should record which import each table came from', async () => {
    const { imports } = await loadTablesAt(store, '2017-03-31');
    expect(imports.telefonie14).toMatchObject({ dataDate: '2017-03-31', rowCount: 386 });
    expect(imports.gemeenten).toMatchObject({ dataDate: '2016-12-31', fileName: 'gemeenten.csv' });
  });

  it('should prefer the later of two imports with the same data date', async () => {
    const outcome = await importTableFile(
      store,
      join(edited, 'telefonie14.csv'),
      'telefonie14',
      '2016-08-31',
    );
    expect(outcome.ok && outcome.imported).toHaveLength(1);
    expect(await phone14Status('2017-01-23')).toBe('niet aangesloten');
  });

  it('should leave tables without an import on or before the date empty and unlisted', async () => {
    const { tables, imports } = await loadTablesAt(store, '2016-09-01');
    expect(tables.telefonie14).toHaveLength(386);
    expect(tables.gemeenten).toEqual([]);
    expect(tables.gemeente_pakketversies).toEqual([]);
    expect(imports.gemeenten).toBeUndefined();
    expect(Object.keys(imports)).toEqual(['telefonie14']);
  });

  it('should list every import, oldest first', async () => {
    const history = await listImports(store);
    expect(history).toHaveLength(14);
    expect(history.map((v) => v.id)).toEqual([...history.map((v) => v.id)].sort((a, b) => a - b));
    expect(history.at(-1)).toMatchObject({ table: 'telefonie14', deliveryId: null });
  });
});

describe('importing one file on its own', () => {
  let dir: string;
  let test: TestStore;
  let store: Store;

  beforeAll(async () => {
    dir = await makeTempDir('single');
    test = await openTestStore();
    store = test.store;
  });

  afterAll(async () => {
    await test.close();
    await removeDir(dir);
  });

  it('should store the file with the data date given', async () => {
    const outcome = await importTableFile(
      store,
      join(GOLDEN_DELIVERY, 'gemeenten.csv'),
      'gemeenten',
      '2016-12-31',
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.imported).toEqual([
      expect.objectContaining({ table: 'gemeenten', dataDate: '2016-12-31', rowCount: 388 }),
    ]);
    expect(await latestDataDate(store, 'gemeenten')).toBe('2016-12-31');
    expect(await latestDataDate(store, 'telefonie14')).toBeNull();
  });

  it('should check its references against the stored register', async () => {
    const copy = await copyGoldenDelivery(join(dir, 'copy'));
    await replaceCell(join(copy, 'telefonie14.csv'), 4, 'gemeentecode', 'GM9999');
    const bad = await importTableFile(
      store,
      join(copy, 'telefonie14.csv'),
      'telefonie14',
      '2016-08-31',
    );
    expect(bad.ok).toBe(false);
    expect(bad.issues).toEqual([
      expect.objectContaining({
        file: 'telefonie14.csv',
        row: 4,
        column: 'gemeentecode',
        value: 'GM9999',
      }),
    ]);

    const good = await importTableFile(
      store,
      join(GOLDEN_DELIVERY, 'telefonie14.csv'),
      'telefonie14',
      '2016-08-31',
    );
    expect(good.ok).toBe(true);
    expect((await listImports(store)).map((v) => v.table)).toEqual(['gemeenten', 'telefonie14']);
  });

  it('should recognise the same file with the same data date, but not with another date', async () => {
    const path = join(GOLDEN_DELIVERY, 'gemeenten.csv');
    const same = await importTableFile(store, path, 'gemeenten', '2016-12-31');
    expect(same.ok && same.skipped.length).toBe(1);
    const later = await importTableFile(store, path, 'gemeenten', '2017-12-31');
    expect(later.ok && later.imported.length).toBe(1);
  });
});
