/**
 * Opening the store: where it lives, which dialect speaks to it, and bringing its schema up to
 * date. Every caller gets a migrated database.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { syncMethodologyVersions } from '../methodology/store.ts';
import { isPostgresLocation, type SqlDialect } from './dialect.ts';
import { StoreError } from './errors.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';
import { TransactionalSqliteDialect } from './sqlite-dialect.ts';

export const DEFAULT_STORE_LOCATION = './var/mdd.sqlite';

export interface Store {
  db: Kysely<Database>;
  dialect: SqlDialect;
  /** The SQLite file path or PostgreSQL URL. */
  location: string;
  close(): Promise<void>;
}

/**
 * The location asked for, else `MDD_DATABASE`, else `DATABASE_URL` (the convention of hosting
 * platforms, so always a PostgreSQL address), else `./var/mdd.sqlite`.
 */
export function resolveStoreLocation(
  location?: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const conventional = env.DATABASE_URL;
  if (!location && !env.MDD_DATABASE && conventional && !isPostgresLocation(conventional)) {
    throw new StoreError(
      `DATABASE_URL is geen postgres://-adres (${describeLocation(conventional)}). Gebruik ` +
        'MDD_DATABASE voor een SQLite-bestand.',
    );
  }
  const chosen = location || env.MDD_DATABASE || conventional || DEFAULT_STORE_LOCATION;
  return isPostgresLocation(chosen) ? chosen : resolve(chosen);
}

/** Opens (creating when needed) and migrates the store at `location` (see `resolveStoreLocation`). */
export async function openStore(location?: string): Promise<Store> {
  return (await openAndMigrate(location)).store;
}

/** `openStore`, also saying which migrations it ran (oldest first) and which had run before. */
export async function openAndMigrate(
  location?: string,
): Promise<{ store: Store; ran: string[]; before: string[] }> {
  const resolved = resolveStoreLocation(location);
  const dialect: SqlDialect = isPostgresLocation(resolved) ? 'postgres' : 'sqlite';
  const db = dialect === 'postgres' ? await openPostgres(resolved) : openSqlite(resolved);
  try {
    const { ran, before } = await migrate(db, dialect, resolved);
    await syncMethodologyVersions(db);
    return { store: { db, dialect, location: resolved, close: () => db.destroy() }, ran, before };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

function openSqlite(path: string): Kysely<Database> {
  let database: SqliteDatabase.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    database = new SqliteDatabase(path);
    // WAL lets readers (a report run) go on while an import writes. The first statement is
    // also where SQLite finds out that the file is no database at all.
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    throw new StoreError(`De database ${path} kan niet worden geopend: ${sqliteReason(error)}`);
  }
  return new Kysely<Database>({ dialect: new TransactionalSqliteDialect({ database }) });
}

async function openPostgres(url: string): Promise<Kysely<Database>> {
  // Loaded only here: most installations never talk to PostgreSQL.
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function migrate(db: Kysely<Database>, dialect: SqlDialect, location: string) {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (!error) {
    const ran = (results ?? []).map((r) => r.migrationName);
    const known = await migrator.getMigrations();
    const before = known.filter((m) => m.executedAt && !ran.includes(m.name)).map((m) => m.name);
    return { ran, before };
  }
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  const newer = NEWER_SCHEMA.exec(messageOf(error))?.[1];
  if (newer !== undefined) {
    throw new StoreError(
      `De database ${describeLocation(location)} is bijgewerkt door een nieuwere versie van ` +
        `mdd (migratie ${newer} kent deze versie niet). Gebruik die nieuwere versie.`,
    );
  }
  // No migration ran at all: the database could not be reached or read.
  throw new StoreError(
    failed === undefined
      ? `De database ${describeLocation(location)} kan niet worden geopend: ${messageOf(error)}`
      : `Het bijwerken van het databaseschema is mislukt (migratie ${failed}): ${messageOf(error)}`,
  );
}

/** Kysely's words for a database that ran a migration this version does not have. */
const NEWER_SCHEMA = /previously executed migration (\S+) is missing/;

/** The location without a password, for messages. */
export function describeLocation(location: string): string {
  // Any URL, not only postgres://: a mistyped DATABASE_URL is named in an error too.
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]+):[^@/]*@/i, '$1:***@');
}

/** Why SQLite could not open a file, in Dutch where the reason is a common one. */
function sqliteReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB') return 'het bestand is geen SQLite-database.';
  if (code === 'EEXIST' || code === 'ENOTDIR')
    return 'een deel van het pad is een bestand, geen map.';
  if (code === 'EACCES' || code === 'SQLITE_CANTOPEN')
    return 'het bestand of de map is niet toegankelijk.';
  return messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
