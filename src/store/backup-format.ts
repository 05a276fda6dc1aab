/**
 * The backup file format, the same for SQLite and PostgreSQL so that a backup of one restores
 * into the other: gzip'd JSON lines, one JSON value per line:
 *
 *   {"format":"mdd-backup","version":1,"schema":"009-api-tokens","migrations":[...],"createdAt":...}
 *   {"table":"deliveries","columns":["id","folder","imported_at"]}
 *   [1,"/data/2017q1","2017-01-24T10:00:00.000Z"]          (one line per row)
 *   ...                                                   (next table)
 *   {"end":true,"tables":[{"table":"deliveries","rows":1},...]}
 *
 * Tables come in the order foreign keys allow filling them. Binary values are written as
 * {"$base64":"..."}. A file without the end line is a cut-off backup and is refused.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { StoreError } from './errors.ts';

export const BACKUP_FORMAT = 'mdd-backup';
export const BACKUP_VERSION = 1;

/** A backup or restore that cannot be done, in Dutch; nothing was changed. */
export class BackupError extends StoreError {
  override name = 'BackupError';
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The last migration of the store backed up, e.g. `009-api-tokens`. */
  schema: string;
  migrations: string[];
  createdAt: string;
}

export interface BackupTable {
  table: string;
  rows: number;
}

export interface BackupSummary {
  schema: string;
  /** Rows per table, in the order written (tables referenced by others first). */
  tables: BackupTable[];
}

export type BackupValue = string | number | boolean | null | { $base64: string };

/** The migrations the store has run, in order. */
export async function migrationsOf<DB>(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select name from kysely_migration order by name`.execute(db);
  return rows.map((r) => r.name);
}

/** A database value as it goes into the file. */
export function toBackupValue(value: unknown): BackupValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  throw new BackupError(`Een waarde van het type ${typeof value} kan niet in een backup.`);
}

/** A value from the file as it goes into the database. */
export function fromBackupValue(value: BackupValue): unknown {
  if (value !== null && typeof value === 'object') return Buffer.from(value.$base64, 'base64');
  return value;
}

/** The file's lines, gunzipped and parsed. A missing or damaged file is a BackupError. */
export async function* readBackupLines(file: string): AsyncGenerator<unknown> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  const lines = createInterface({ input: gunzip, crlfDelay: Number.POSITIVE_INFINITY });
  // Stream errors end the lines and are thrown after them, never left unhandled.
  let failure: unknown = null;
  const fail = (error: unknown) => {
    failure ??= error;
    lines.close();
  };
  input.on('error', fail);
  gunzip.on('error', fail);
  input.pipe(gunzip);
  try {
    try {
      for await (const line of lines) {
        if (line !== '') yield parseLine(line, file);
      }
    } catch (error) {
      // readline's iterator rethrows the stream's own error (a file that is no gzip, or
      // ends in the middle of one) as it is, past `fail`: it is told in Dutch like the others.
      throw unreadable(failure ?? error, file);
    }
    if (failure !== null) throw unreadable(failure, file);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

function parseLine(line: string, file: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    throw unreadable(error, file);
  }
}

function unreadable(error: unknown, file: string): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new BackupError(`Het bestand ${file} bestaat niet.`);
  if (code === 'EISDIR') return new BackupError(`${file} is een map, geen backupbestand.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new BackupError(`Geen toestemming om het bestand ${file} te lezen.`);
  }
  if (error instanceof SyntaxError || (typeof code === 'string' && code.startsWith('Z_'))) {
    return new BackupError(`Het bestand ${file} is geen leesbare mdd-backup (beschadigd).`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** Each table's columns in their defined order, as the database itself knows them. */
export async function columnsByTable<DB>(db: Kysely<DB>): Promise<Map<string, string[]>> {
  const tables = await db.introspection.getTables();
  const ours = tables.filter((t) => (t.schema ?? 'public') === 'public');
  return new Map(ours.map((t) => [t.name, t.columns.map((c) => c.name)]));
}
