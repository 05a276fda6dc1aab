import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDelivery } from '../../src/sources/delivery.ts';
import { TABLE_NAMES } from '../../src/sources/tables.ts';
import { importDelivery } from '../../src/store/import.ts';
import type { Store } from '../../src/store/open.ts';
import { countRows } from '../../src/store/rows.ts';
import { ROW_TABLES } from '../../src/store/schema.ts';
import { listImports, loadTablesAt } from '../../src/store/tables-at.ts';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';
import {
  copyGoldenDelivery,
  GOLDEN_DELIVERY,
  GOLDEN_ROW_COUNTS,
  makeTempDir,
  removeDir,
  replaceCell,
  snapshotStore,
} from './helpers.ts';

describe('importing the golden delivery', () => {
  let dir: string;
  let test: TestStore;
  let store: Store;
  let firstOutcome: Awaited<ReturnType<typeof importDelivery>>;

  beforeAll(async () => {
    dir = await makeTempDir('store');
    test = await openTestStore();
    store = test.store;
    firstOutcome = await importDelivery(store, GOLDEN_DELIVERY);
  });

  afterAll(async () => {
    await test.close();
    await removeDir(dir);
  });

  it('should store one import per table with the right row counts', async () => {
    expect(firstOutcome.ok).toBe(true);
    if (!firstOutcome.ok) return;
    expect(firstOutcome.skipped).toEqual([]);
    const counts = Object.fromEntries(firstOutcome.imported.map((v) => [v.table, v.rowCount]));
    expect(counts).toEqual(GOLDEN_ROW_COUNTS);

    const stored = await listImports(store);
    expect(stored).toHaveLength(12);
    expect(new Set(stored.map((v) => v.deliveryId)).size).toBe(1);
    const rows = await countRows(store.db);
    for (const table of TABLE_NAMES) expect(rows[ROW_TABLES[table]]).toBe(GOLDEN_ROW_COUNTS[table]);
  });

  it('should keep data dates and file names from bronnen.csv', async () => {
    const stored = await listImports(store);
    const telefonie = stored.find((v) => v.table === 'telefonie14');
    expect(telefonie).toMatchObject({ dataDate: '2016-08-31', fileName: 'telefonie14.csv' });
    expect(telefonie?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should load at 2017-01-23 exactly the rows the readers return', async () => {
    const read = await readDelivery(GOLDEN_DELIVERY);
    const { tables, imports } = await loadTablesAt(store, '2017-01-23');
    for (const file of read.files) expect(tables[file.table]).toEqual(file.rows);
    expect(Object.keys(imports).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('should recognise the same delivery imported again and store nothing new', async () => {
    const before = await snapshotStore(store);
    const again = await importDelivery(store, GOLDEN_DELIVERY);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.imported).toEqual([]);
    expect(again.skipped.map((v) => v.table).sort()).toEqual([...TABLE_NAMES].sort());
    expect(await snapshotStore(store)).toEqual(before);
  });

  it('should store nothing of a delivery with errors and name file, row and column', async () => {
    const broken = await copyGoldenDelivery(join(dir, 'broken'));
    await replaceCell(join(broken, 'gemeente_profielen.csv'), 5, 'laatste_wijziging', '31-2-2017');
    await replaceCell(join(broken, 'koppelingen.csv'), 5, 'van_pakketversie_id', 'PV99999');
    await replaceCell(join(broken, 'telefonie14.csv'), 3, 'gemeentecode', 'GM9999');
    // Change a good file too, so that it would be stored if the transaction leaked.
    await replaceCell(join(broken, 'ggk.csv'), 2, 'kanaal', 'koppeling');

    const before = await snapshotStore(store);
    const outcome = await importDelivery(store, broken);

    expect(outcome.ok).toBe(false);
    const places = outcome.issues
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.file}:${i.row}:${i.column}`);
    expect(places).toEqual(
      expect.arrayContaining([
        'gemeente_profielen.csv:5:laatste_wijziging',
        'koppelingen.csv:5:van_pakketversie_id',
        'telefonie14.csv:3:gemeentecode',
      ]),
    );
    expect(await snapshotStore(store)).toEqual(before);
  });
});

describe('a broken delivery into an empty store', () => {
  it('should leave every table empty', async () => {
    const dir = await makeTempDir('store-empty');
    const test = await openTestStore();
    const { store } = test;
    try {
      const broken = await copyGoldenDelivery(join(dir, 'broken'));
      await replaceCell(join(broken, 'telefonie14.csv'), 2, 'gemeentecode', 'GM9998');
      const outcome = await importDelivery(store, broken);
      expect(outcome.ok).toBe(false);
      const after = await snapshotStore(store);
      expect(Object.values(after.rows).every((n) => n === 0)).toBe(true);
      expect(after.imports).toEqual([]);
      expect(after.deliveries).toEqual([]);
    } finally {
      await test.close();
      await removeDir(dir);
    }
  });
});
