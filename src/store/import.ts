/**
 * The import transaction: read a delivery (or one file) with the readers, check its references
 * against the delivery and the store, and store all of it in one transaction, or nothing when
 * any file has an error. A file equal to the last import of its table and data date is
 * recognised and not stored twice. The store logs nothing; callers report the outcome.
 */
import { basename, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { readDelivery } from '../sources/delivery.ts';
import { hasErrors, type ImportIssue } from '../sources/issues.ts';
import { type ReadTableResult, readTableFile } from '../sources/read-table.ts';
import { checkReferences } from '../sources/references.ts';
import type { ImportVersion, IsoDate, TableName } from '../sources/tables.ts';
import { findLastImportForDate, toImportVersion } from './imports.ts';
import { loadKnownKeys } from './known-keys.ts';
import type { Store } from './open.ts';
import { insertRows } from './rows.ts';
import type { Database } from './schema.ts';

/** What an import is doing, for a progress display. Rows count across the whole import. */
export type ProgressEvent =
  | { stage: 'reading'; path: string }
  | { stage: 'checking'; files: number }
  | {
      stage: 'storing';
      table: TableName;
      /** 1-based position of the file among the files being stored. */
      file: number;
      files: number;
      fileRows: number;
      fileRowsDone: number;
      rowsDone: number;
      rowsTotal: number;
    };

export interface ImportOptions {
  onProgress?: (event: ProgressEvent) => void;
}

export type ImportOutcome =
  | { ok: true; imported: ImportVersion[]; skipped: ImportVersion[]; issues: ImportIssue[] }
  | { ok: false; issues: ImportIssue[] };

type AnyReadResult = ReadTableResult<TableName>;

/** Imports the delivery in `folder` (its `bronnen.csv` and the files it names). */
export async function importDelivery(
  store: Store,
  folder: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  options.onProgress?.({ stage: 'reading', path: folder });
  const delivery = await readDelivery(folder);
  return storeFiles(store, delivery.files, delivery.issues, resolve(folder), options);
}

/** Imports one file of `table` with data date `dataDate`, on its own. */
export async function importTableFile(
  store: Store,
  path: string,
  table: TableName,
  dataDate: IsoDate,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  options.onProgress?.({ stage: 'reading', path });
  const file = await readTableFile(path, table, dataDate);
  return storeFiles(store, [file], [], null, options);
}

async function storeFiles(
  store: Store,
  files: AnyReadResult[],
  readIssues: ImportIssue[],
  folder: string | null,
  options: ImportOptions,
): Promise<ImportOutcome> {
  // Check references against the delivery itself first, then against the store.
  options.onProgress?.({ stage: 'checking', files: files.length });
  const knownKeys = await loadKnownKeys(store.db);
  // A reader may list a file's issues in the delivery's list too: keep each issue once.
  const issues = [
    ...readIssues,
    ...files.flatMap((f) => f.issues),
    ...checkReferences(files, knownKeys),
  ];
  const uniqueIssues = [...new Set(issues)];
  if (hasErrors(uniqueIssues)) return { ok: false, issues: uniqueIssues };

  const { imported, skipped } = await store.db
    .transaction()
    .execute((trx) => writeFiles(trx, files, folder, options));
  return { ok: true, imported, skipped, issues: uniqueIssues };
}

async function writeFiles(
  trx: Kysely<Database>,
  files: AnyReadResult[],
  folder: string | null,
  options: ImportOptions,
): Promise<{ imported: ImportVersion[]; skipped: ImportVersion[] }> {
  const importedAt = new Date().toISOString();

  // Recognise files already stored: same table, data date and content as the last import.
  const skipped: ImportVersion[] = [];
  const fresh: AnyReadResult[] = [];
  for (const file of files) {
    const last = await findLastImportForDate(trx, file.table, file.dataDate);
    if (last && last.contentHash === file.contentHash) skipped.push(toImportVersion(last));
    else fresh.push(file);
  }

  // Record the delivery only when it brought something new.
  const deliveryId =
    folder !== null && fresh.length > 0 ? await insertDelivery(trx, folder, importedAt) : null;
  const rowsTotal = fresh.reduce((sum, file) => sum + file.rows.length, 0);
  let rowsBefore = 0;
  const imported: ImportVersion[] = [];
  for (const [index, file] of fresh.entries()) {
    const version = await insertImport(trx, file, importedAt, deliveryId);
    await insertRows(trx, file.table, version.id, file.rows, (written) =>
      options.onProgress?.({
        stage: 'storing',
        table: file.table,
        file: index + 1,
        files: fresh.length,
        fileRows: file.rows.length,
        fileRowsDone: written,
        rowsDone: rowsBefore + written,
        rowsTotal,
      }),
    );
    rowsBefore += file.rows.length;
    imported.push(version);
  }
  return { imported, skipped };
}

async function insertDelivery(
  trx: Kysely<Database>,
  folder: string,
  importedAt: string,
): Promise<number> {
  const record = await trx
    .insertInto('deliveries')
    .values({ folder, imported_at: importedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(record.id);
}

async function insertImport(
  trx: Kysely<Database>,
  file: AnyReadResult,
  importedAt: string,
  deliveryId: number | null,
): Promise<ImportVersion> {
  const values = {
    table_name: file.table,
    data_date: file.dataDate,
    file_name: basename(file.file),
    content_hash: file.contentHash,
    imported_at: importedAt,
    row_count: file.rows.length,
    delivery_id: deliveryId,
  };
  const record = await trx
    .insertInto('imports')
    .values(values)
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: Number(record.id),
    table: file.table,
    dataDate: file.dataDate,
    fileName: values.file_name,
    contentHash: file.contentHash,
    importedAt,
    rowCount: values.row_count,
  };
}
