/**
 * Writing and reading the rows of one import, for any source table. The per-table typing lives
 * in the codecs; here every row table is handled alike.
 */
import type { Kysely } from 'kysely';
import type { TableName, TableRows } from '../sources/tables.ts';
import { CODECS, type RowCodec } from './codecs.ts';
import { type Database, ROW_TABLES, type RowTableName } from './schema.ts';

/** Rows per INSERT: well under both dialects' limits on bound parameters. */
export const INSERT_BATCH_SIZE = 500;

type StoredValue = string | number | null;
type GenericRecord = Record<string, StoredValue>;

/**
 * The row tables seen without their per-table column types. The codecs give each table its
 * exact record type; the generic code below only moves those records.
 */
function untyped(db: Kysely<Database>): Kysely<Record<RowTableName, GenericRecord>> {
  return db as unknown as Kysely<Record<RowTableName, GenericRecord>>;
}

function codecOf<T extends TableName>(table: T): RowCodec<T> {
  return CODECS[table];
}

/** Inserts `rows` of `table` for `importId` in batches; `onBatch` gets the rows written so far. */
export async function insertRows<T extends TableName>(
  db: Kysely<Database>,
  table: T,
  importId: number,
  rows: TableRows[T][],
  onBatch?: (written: number) => void,
): Promise<void> {
  const codec = codecOf(table);
  const name: RowTableName = ROW_TABLES[table];
  // An empty file is still a stored file: report it done.
  if (rows.length === 0) onBatch?.(0);
  for (let start = 0; start < rows.length; start += INSERT_BATCH_SIZE) {
    const batch = rows.slice(start, start + INSERT_BATCH_SIZE);
    const records = batch.map((row, i) => ({
      ...(codec.toRecord(row) as GenericRecord),
      import_id: importId,
      position: start + i + 1,
    }));
    await untyped(db).insertInto(name).values(records).execute();
    onBatch?.(start + batch.length);
  }
}

/** The rows of one import, in the order of the file they came from. */
export async function selectRows<T extends TableName>(
  db: Kysely<Database>,
  table: T,
  importId: number,
): Promise<TableRows[T][]> {
  const codec = codecOf(table);
  const name: RowTableName = ROW_TABLES[table];
  const records = await untyped(db)
    .selectFrom(name)
    .selectAll()
    .where('import_id', '=', importId)
    .orderBy('position')
    .execute();
  return records.map((record) => {
    const { import_id: _importId, position: _position, ...values } = record;
    return codec.fromRecord(values as Parameters<RowCodec<T>['fromRecord']>[0]);
  });
}

/** Number of stored rows per row table, for checks that an import left nothing behind. */
export async function countRows(db: Kysely<Database>): Promise<Record<RowTableName, number>> {
  const counts = {} as Record<RowTableName, number>;
  for (const name of Object.values(ROW_TABLES)) {
    const result = await untyped(db)
      .selectFrom(name)
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    counts[name] = Number(result.count);
  }
  return counts;
}
