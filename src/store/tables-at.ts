/**
 * The queries the engine needs: every source table as it stood on a reference date, and the
 * import history.
 */
import {
  type IsoDate,
  type SourceImports,
  type SourceTables,
  TABLE_NAMES,
  type TableName,
} from '../sources/tables.ts';
import { findImportAt, type StoredImport, toImportVersion, toStoredImport } from './imports.ts';
import type { Store } from './open.ts';
import { selectRows } from './rows.ts';

/**
 * Per table, the rows of the latest import whose data date is on or before `referenceDate`.
 * A table without such an import is an empty array and absent from `imports`.
 */
export async function loadTablesAt(
  store: Store,
  referenceDate: IsoDate,
): Promise<{ tables: SourceTables; imports: SourceImports }> {
  const tables = {} as { [T in TableName]: unknown[] };
  const imports: SourceImports = {};
  for (const table of TABLE_NAMES) {
    const found = await findImportAt(store.db, table, referenceDate);
    tables[table] = found ? await selectRows(store.db, table, found.id) : [];
    if (found) imports[table] = toImportVersion(found);
  }
  return { tables: tables as SourceTables, imports };
}

/** The latest data date stored for `table`, or null when it was never imported. */
export async function latestDataDate(store: Store, table: TableName): Promise<IsoDate | null> {
  const result = await store.db
    .selectFrom('imports')
    .select((eb) => eb.fn.max('data_date').as('latest'))
    .where('table_name', '=', table)
    .executeTakeFirst();
  return result?.latest ?? null;
}

/** Every stored import, oldest first. */
export async function listImports(store: Store): Promise<StoredImport[]> {
  const records = await store.db.selectFrom('imports').selectAll().orderBy('id').execute();
  return records.map(toStoredImport);
}
