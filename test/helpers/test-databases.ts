/**
 * PostgreSQL databases for tests: each test gets a database of its own on the server named by
 * `MDD_TEST_DATABASE`, made and dropped through an admin connection to that URL. Names carry the
 * run's prefix, so a run drops what it left and a later run recognises stale ones by their age.
 */
import pg from 'pg';

/** Names of test databases start with this, then the run's start time (base 36 seconds). */
const NAME_PREFIX = 'mdd_t_';
/** Databases of runs older than this were left by a run that died; they are dropped. */
const STALE_SECONDS = 6 * 3600;

/** The prefix of this run's database names. */
export function runPrefix(now = Date.now()): string {
  return `${NAME_PREFIX}${Math.floor(now / 1000).toString(36)}_${process.pid}`;
}

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `work` on one admin connection to the server. */
export async function withAdmin<T>(serverUrl: string, work: (c: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Makes database `name`, a copy of `template` when given. */
export async function createDatabase(serverUrl: string, name: string, template?: string) {
  const from = template === undefined ? '' : ` TEMPLATE ${quoted(template)}`;
  await withAdmin(serverUrl, (c) => c.query(`CREATE DATABASE ${quoted(name)}${from}`));
}

export async function dropDatabase(serverUrl: string, name: string) {
  // FORCE: a test that failed midway may have left a connection open.
  await withAdmin(serverUrl, (c) =>
    c.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`),
  );
}

/** Drops the databases of this run (`prefix`) and those of runs that died long ago. */
export async function dropLeftovers(serverUrl: string, prefix?: string, now = Date.now()) {
  const names = await withAdmin(serverUrl, async (c) => {
    const found = await c.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${NAME_PREFIX}%`],
    );
    return found.rows.map((r) => r.datname);
  });
  const cutoff = Math.floor(now / 1000) - STALE_SECONDS;
  for (const name of names) {
    const started = Number.parseInt(name.slice(NAME_PREFIX.length).split('_')[0] ?? '', 36);
    const stale = Number.isFinite(started) && started < cutoff;
    if (stale || (prefix !== undefined && name.startsWith(`${prefix}_`))) {
      await dropDatabase(serverUrl, name);
    }
  }
}

function quoted(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return `"${name}"`;
}
