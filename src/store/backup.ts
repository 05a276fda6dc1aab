/**
 * `mdd backup`: every table of a store written to one file from one snapshot, while the store
 * stays in use (imports and mails going on meanwhile are wholly in the backup or not at all).
 * The format (./backup-format.ts) is the same for SQLite and PostgreSQL; `restoreStore`
 * (./restore.ts) puts it back into an empty store of either.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type BackupSummary,
  type BackupTable,
  columnsByTable,
  migrationsOf,
  toBackupValue,
} from './backup-format.ts';
import { fillingOrder, storeTables } from './catalogue.ts';
import type { Store } from './open.ts';

export { BackupError, type BackupSummary, readBackupLines } from './backup-format.ts';
export { restoreStore } from './restore.ts';

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;
type Write = (value: unknown) => Promise<void>;

/** Writes every table of `store` to `file`; the file appears under its name only when whole. */
export async function backupStore(store: Store, file: string): Promise<BackupSummary> {
  await refuseDatabaseFile(store, file);
  const partial = `${file}.deel`;
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(partial));
  // Handled below; this keeps a file that fails to open early from being an unhandled rejection.
  done.catch(() => undefined);
  const write: Write = async (value) => {
    // A file that cannot be written ends the pipeline, and 'drain' never comes: stop then.
    if (gzip.destroyed) throw new Error('backup stream closed');
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await Promise.race([once(gzip, 'drain'), done]);
  };
  try {
    const summary = await snapshot(store, write);
    gzip.end();
    await done;
    await rename(partial, file);
    return summary;
  } catch (error) {
    gzip.destroy();
    // The file's own error (no such folder, no permission) may surface only through `done`.
    const written = await done.then(
      () => null,
      (failure: unknown) => failure,
    );
    await rm(partial, { force: true });
    throw unwritable(written ?? error, file);
  }
}

/** The first bytes of every SQLite database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuses to write the backup over a database: the store's own file (or its journal), which
 * `mdd backup var/mdd.sqlite` would otherwise replace with the backup, or any other SQLite file.
 * An earlier backup under the same name is replaced, as a nightly job expects.
 */
async function refuseDatabaseFile(store: Store, file: string): Promise<void> {
  const target = resolve(file);
  const own =
    store.dialect === 'sqlite' &&
    ['', '-wal', '-shm', '-journal'].some(
      (suffix) => target === `${resolve(store.location)}${suffix}`,
    );
  if (own || (await startsLikeSqlite(target))) {
    throw new BackupError(
      `${file} is een database, geen backupbestand; de backup zou hem overschrijven. ` +
        'Kies een andere naam, bijvoorbeeld mdd-backup.jsonl.gz. Er is niets geschreven.',
    );
  }
}

async function startsLikeSqlite(path: string): Promise<boolean> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SQLITE_HEADER);
  } catch {
    // No such file (the usual case), or a folder: the write below says what is wrong.
    return false;
  } finally {
    await handle?.close();
  }
}

/** Reasons the file system gives that a user can act on, in Dutch; anything else as it is. */
const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: 'de map bestaat niet',
  ENOTDIR: 'een deel van dat pad is een bestand, geen map',
  EISDIR: 'er staat een map met die naam',
  EACCES: 'geen toestemming om daar te schrijven',
  EPERM: 'geen toestemming om daar te schrijven',
  EROFS: 'die plek is alleen-lezen',
  ENOSPC: 'de schijf is vol',
};

function unwritable(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code === undefined ? undefined : WRITE_PROBLEMS[code];
  if (reason === undefined) return error;
  return new BackupError(`Kan de backup niet schrijven naar ${file}: ${reason}.`);
}

async function snapshot(store: Store, write: Write): Promise<BackupSummary> {
  let builder = store.db.transaction();
  // SQLite's deferred transaction reads one snapshot from its first read on (WAL); PostgreSQL's
  // default isolation (read committed) does not, hence repeatable read.
  if (store.dialect === 'postgres') {
    builder = builder.setIsolationLevel('repeatable read').setAccessMode('read only');
  }
  return builder.execute(async (trx) => {
    const db = trx as unknown as AnyDb;
    const migrations = await migrationsOf(db);
    const schema = migrations.at(-1) ?? '';
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schema,
      migrations,
      createdAt: new Date().toISOString(),
    };
    await write(header);
    const tables: BackupTable[] = [];
    const columns = await columnsByTable(db);
    const order = await fillingOrder(db, store.dialect, await storeTables(db));
    for (const table of order) {
      tables.push({ table, rows: await writeTable(db, table, columns.get(table) ?? [], write) });
    }
    await write({ end: true, tables });
    return { schema, tables };
  });
}

async function writeTable(
  db: AnyDb,
  table: string,
  columns: string[],
  write: Write,
): Promise<number> {
  await write({ table, columns });
  const rows = await db.selectFrom(table).selectAll().execute();
  for (const row of rows) await write(columns.map((column) => toBackupValue(row[column])));
  return rows.length;
}
