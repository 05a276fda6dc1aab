import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import { describeLocation, openStore, resolveStoreLocation } from '../../src/store/open.ts';
import { freshLocation } from '../helpers/test-store.ts';
import { makeTempDir, removeDir } from './helpers.ts';

describe('resolveStoreLocation', () => {
  it('should prefer the location given, then MDD_DATABASE, then ./var/mdd.sqlite', () => {
    const env = { MDD_DATABASE: 'from-env.sqlite' };
    expect(resolveStoreLocation('given.sqlite', env)).toBe(resolve('given.sqlite'));
    expect(resolveStoreLocation(undefined, env)).toBe(resolve('from-env.sqlite'));
    expect(resolveStoreLocation(undefined, {})).toBe(resolve('var/mdd.sqlite'));
  });

  it('should take DATABASE_URL after MDD_DATABASE, and only a PostgreSQL address', () => {
    const url = 'postgres://mdd:mdd@db.example:5432/mdd';
    expect(resolveStoreLocation(undefined, { DATABASE_URL: url })).toBe(url);
    const both = { MDD_DATABASE: 'eigen.sqlite', DATABASE_URL: url };
    expect(resolveStoreLocation(undefined, both)).toBe(resolve('eigen.sqlite'));
    expect(() =>
      resolveStoreLocation(undefined, { DATABASE_URL: 'mysql://x:geheim@h/db' }),
    ).toThrow(
      'DATABASE_URL is geen postgres://-adres (mysql://x:***@h/db). Gebruik MDD_DATABASE voor ' +
        'een SQLite-bestand.',
    );
  });

  it('should leave a PostgreSQL address as it is', () => {
    const url = 'postgresql://mdd@localhost/mdd';
    expect(resolveStoreLocation(url, {})).toBe(url);
  });

  it('should hide a PostgreSQL password in messages', () => {
    expect(describeLocation('postgres://mdd:geheim@db:5432/mdd')).toBe(
      'postgres://mdd:***@db:5432/mdd',
    );
    expect(describeLocation('/var/mdd.sqlite')).toBe('/var/mdd.sqlite');
  });
});

describe('openStore', () => {
  it('should migrate an empty database once, in order, and run nothing twice when opened again', async () => {
    const { location, remove } = await freshLocation();
    try {
      const store = await openStore(location);
      expect(await store.db.selectFrom('imports').selectAll().execute()).toEqual([]);
      await store.close();
      const again = await openStore(location);
      const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(
        again.db,
      );
      const names = Object.keys(await migrationProvider(again.dialect).getMigrations());
      expect(migrations.rows.map((row) => row.name).sort()).toEqual(names.sort());
      expect(names[0]).toBe('001-initial');
      await again.close();
    } finally {
      await remove();
    }
  });

  it('should create the folder of a SQLite file and open it again (SQLite only)', async () => {
    const dir = await makeTempDir('open');
    const path = join(dir, 'nested', 'mdd.sqlite');
    try {
      const store = await openStore(path);
      expect(existsSync(path)).toBe(true);
      expect(store.dialect).toBe('sqlite');
      expect(await store.db.selectFrom('imports').selectAll().execute()).toEqual([]);
      await store.close();

      const again = await openStore(path);
      const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(
        again.db,
      );
      // Every migration ran once, in order, and opening again ran none twice.
      const names = Object.keys(await migrationProvider('sqlite').getMigrations());
      expect(migrations.rows.map((row) => row.name)).toEqual(names.sort());
      expect(names[0]).toBe('001-initial');
      await again.close();
    } finally {
      await removeDir(dir);
    }
  });
});
