/**
 * Bookkeeping of imports: one `imports` record per stored file, the version a report cites.
 */
import type { Kysely, Selectable } from 'kysely';
import type { ImportVersion, IsoDate, TableName } from '../sources/tables.ts';
import type { Database, ImportsTable } from './schema.ts';

/** An import as the history lists it: the version plus the delivery it came in, if any. */
export interface StoredImport extends ImportVersion {
  deliveryId: number | null;
}

export function toStoredImport(record: Selectable<ImportsTable>): StoredImport {
  return {
    // Counts and keys come back as strings from some PostgreSQL setups; keep them numbers.
    id: Number(record.id),
    table: record.table_name as TableName,
    dataDate: record.data_date,
    fileName: record.file_name,
    contentHash: record.content_hash,
    importedAt: record.imported_at,
    rowCount: Number(record.row_count),
    deliveryId: record.delivery_id === null ? null : Number(record.delivery_id),
  };
}

/** The plain version (without the delivery), as reports record it. */
export function toImportVersion(stored: StoredImport): ImportVersion {
  const { deliveryId: _deliveryId, ...version } = stored;
  return version;
}

/**
 * The import of `table` in force on `today`: the newest data date on or before it (of several
 * on that date, the last stored); only when every import lies after `today`, the earliest of
 * those. What decides who may see what: a correction of an older quarter stored later must not
 * bring back that quarter's e-mail domains or catalogue administrators, and a file given a
 * data date years ahead by mistake must not take over until that date.
 */
export async function findImportInForce(
  db: Kysely<Database>,
  table: TableName,
  today: IsoDate = new Date().toISOString().slice(0, 10),
): Promise<StoredImport | null> {
  const inForce = await findImportAt(db, table, today);
  if (inForce) return inForce;
  const earliest = await db
    .selectFrom('imports')
    .selectAll()
    .where('table_name', '=', table)
    .orderBy('data_date', 'asc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return earliest ? toStoredImport(earliest) : null;
}

/** The most recently stored import of `table`, whatever its data date. */
export async function findLatestImport(
  db: Kysely<Database>,
  table: TableName,
): Promise<StoredImport | null> {
  const record = await db
    .selectFrom('imports')
    .selectAll()
    .where('table_name', '=', table)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return record ? toStoredImport(record) : null;
}

/** The most recently stored import of `table` for exactly `dataDate`. */
export async function findLastImportForDate(
  db: Kysely<Database>,
  table: TableName,
  dataDate: IsoDate,
): Promise<StoredImport | null> {
  const record = await db
    .selectFrom('imports')
    .selectAll()
    .where('table_name', '=', table)
    .where('data_date', '=', dataDate)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return record ? toStoredImport(record) : null;
}

/** The import of `table` in force at `referenceDate`: latest data date on or before it. */
export async function findImportAt(
  db: Kysely<Database>,
  table: TableName,
  referenceDate: IsoDate,
): Promise<StoredImport | null> {
  const record = await db
    .selectFrom('imports')
    .selectAll()
    .where('table_name', '=', table)
    .where('data_date', '<=', referenceDate)
    // Two imports with the same data date: the later one corrects the earlier.
    .orderBy('data_date', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return record ? toStoredImport(record) : null;
}
