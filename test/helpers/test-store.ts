/**
 * Stores for tests. Every test that needs a store gets it here, so that the whole suite runs on
 * SQLite (the default) and on PostgreSQL (when `MDD_TEST_DATABASE` names a server, issue 6)
 * without each test knowing which. The golden store is imported once per run by
 * global-setup.ts; each test gets a copy of its own.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openStore, type Store } from '../../src/store/open.ts';
import { createDatabase, databaseUrl, dropDatabase } from './test-databases.ts';

export interface TestStore {
  store: Store;
  /** What `openStore` and `MDD_DATABASE` take: a SQLite path or a PostgreSQL URL. */
  location: string;
  /** Closes the store and removes what the test made. */
  close(): Promise<void>;
}

/** The PostgreSQL server the tests run on, or undefined for SQLite. */
export function testServer(): string | undefined {
  return process.env.MDD_TEST_DATABASE || undefined;
}

/**
 * A PostgreSQL server for tests that need one in both passes (the job queue): the pass's
 * server, else the one `npm test` readied (MDD_TEST_POSTGRES), else the local default.
 */
export function postgresServer(): string {
  return testServer() || process.env.MDD_TEST_POSTGRES || 'postgres://mdd:mdd@127.0.0.1:5432/mdd';
}

/** An empty, migrated store of its own. */
export async function openTestStore(): Promise<TestStore> {
  return opened(await freshLocation());
}

/** A store of its own holding the golden delivery. */
export async function openGoldenTestStore(): Promise<TestStore> {
  return opened(await freshLocation('golden'));
}

/**
 * A new location, empty or holding the golden delivery, and how to remove it; `openStore` on it
 * migrates. For tests that hand the location to a spawned `mdd` before opening it themselves.
 */
export async function freshLocation(kind: 'empty' | 'golden' = 'empty'): Promise<Location> {
  const golden = kind === 'golden' ? inject('mddGolden') : undefined;
  const server = testServer();
  if (server) {
    const name = `${inject('mddRunPrefix')}_${process.pid}_${++counter}`;
    await createDatabase(server, name, golden);
    return { location: databaseUrl(server, name), remove: () => dropDatabase(server, name) };
  }
  const dir = await mkdtemp(join(tmpdir(), 'mdd-test-store-'));
  const location = join(dir, 'mdd.sqlite');
  if (golden !== undefined) await copyFile(golden, location);
  return { location, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Location {
  location: string;
  remove(): Promise<void>;
}

let counter = 0;

async function opened({ location, remove }: Location): Promise<TestStore> {
  const store = await openStore(location);
  return {
    store,
    location,
    async close() {
      await store.close();
      await remove();
    },
  };
}
