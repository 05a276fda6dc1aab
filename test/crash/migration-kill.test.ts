/**
 * kill -9 of `mdd` while it migrates a new store (every migration from 001 on, run when the
 * store is opened), caught inside its migration transaction: the store is left as before (no
 * migration half recorded: Kysely's SQLite adapter committed migrations one statement at a
 * time until src/store/sqlite-dialect.ts), and the next start migrates it fully and it works.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrationsOf } from '../../src/store/backup-format.ts';
import { isPostgresLocation } from '../../src/store/dialect.ts';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/open.ts';
import { freshLocation } from '../helpers/test-store.ts';
import { integrity, killHard, startMdd, until } from './helpers.ts';

/** Migrations recorded so far, read beside the running process; -1 while there is no table. */
async function recorded(location: string): Promise<number> {
  const query = 'select count(*) as n from kysely_migration';
  try {
    if (isPostgresLocation(location)) {
      const client = new pg.Client({ connectionString: location });
      await client.connect();
      try {
        return Number((await client.query(query)).rows[0].n);
      } finally {
        await client.end();
      }
    }
    const db = new Database(location, { readonly: true, fileMustExist: true });
    try {
      return Number((db.prepare(query).get() as { n: number }).n);
    } finally {
      db.close();
    }
  } catch {
    return -1;
  }
}

/**
 * True while another process holds the store's write transaction (the migrations): SQLite
 * refuses us its write lock, PostgreSQL shows Kysely's migration lock (an advisory lock).
 */
async function migrating(location: string): Promise<boolean> {
  if (isPostgresLocation(location)) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    try {
      const { rows } = await client.query(
        `select count(*) as n from pg_locks l join pg_database d on d.oid = l.database
         where d.datname = current_database() and l.locktype = 'advisory'`,
      );
      return Number(rows[0].n) > 0;
    } finally {
      await client.end();
    }
  }
  try {
    const db = new Database(location, { fileMustExist: true, timeout: 0 });
    try {
      db.exec('begin immediate');
      db.exec('rollback');
      return false;
    } finally {
      db.close();
    }
  } catch (error) {
    return (error as { code?: string }).code === 'SQLITE_BUSY';
  }
}

describe('kill -9 during a migration', () => {
  it.each([0, 5])(
    'leaves the store as before when killed %i ms into it',
    async (delay) => {
      const { location, remove } = await freshLocation();
      try {
        const child = startMdd(['team', 'list', '--database', location]);
        await until(async () => (await migrating(location)) || child.process.exitCode !== null);
        await new Promise((resolve) => setTimeout(resolve, delay));
        await killHard(child);
        // Killed inside the transaction: no migration is recorded, none half done.
        expect(await recorded(location)).toBeLessThanOrEqual(0);

        const store = await openStore(location);
        try {
          expect(await integrity(store)).toBe('ok');
          const all = Object.keys(await migrationProvider(store.dialect).getMigrations()).sort();
          expect(await migrationsOf(store.db)).toEqual(all);
          await store.db
            .insertInto('team_members')
            .values({ email: 'na@crash.nl', role: 'team', added_at: new Date().toISOString() })
            .execute();
          const rows = await store.db.selectFrom('team_members').selectAll().execute();
          expect(rows.map((r) => r.email)).toEqual(['na@crash.nl']);
        } finally {
          await store.close();
        }
      } finally {
        await remove();
      }
    },
    60_000,
  );
});

describe('kill -9 at any moment of migrating', () => {
  // Milliseconds after the store file appears; migrating takes about 100-300 ms here.
  it.each([80, 120, 160, 200, 260])(
    'opens and migrates the store after a kill %i ms in',
    async (delay) => {
      const { location, remove } = await freshLocation();
      try {
        const child = startMdd(['team', 'list', '--database', location]);
        await until(() => isPostgresLocation(location) || existsSync(location));
        await new Promise((resolve) => setTimeout(resolve, delay));
        await killHard(child);

        const store = await openStore(location);
        try {
          expect(await integrity(store)).toBe('ok');
          const all = Object.keys(await migrationProvider(store.dialect).getMigrations()).sort();
          expect(await migrationsOf(store.db)).toEqual(all);
          await store.db
            .insertInto('team_members')
            .values({ email: 'na@crash.nl', role: 'team', added_at: new Date().toISOString() })
            .execute();
          const rows = await store.db.selectFrom('team_members').selectAll().execute();
          expect(rows.map((r) => r.email)).toEqual(['na@crash.nl']);
        } finally {
          await store.close();
        }
      } finally {
        await remove();
      }
    },
    60_000,
  );
});
