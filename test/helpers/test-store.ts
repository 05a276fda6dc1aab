/**
 * Stores for tests. Every test that needs a store gets it here, so that the whole suite can run
 * on SQLite (the default) and on PostgreSQL (issue 6) without each test knowing which.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open.ts';
import { goldenDatabase } from './golden-store.ts';

export interface TestStore {
  store: Store;
  /** What `openStore` and `MDD_DATABASE` take: a SQLite path or a PostgreSQL URL. */
  location: string;
  /** Closes the store and removes what the test made. */
  close(): Promise<void>;
}

/** An empty, migrated store of its own. */
export async function openTestStore(): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'mdd-test-store-'));
  const location = join(dir, 'mdd.sqlite');
  return opened(location, dir);
}

/** A store of its own holding the golden delivery (imported once per test file). */
export async function openGoldenTestStore(): Promise<TestStore> {
  const dir = await mkdtemp(join(tmpdir(), 'mdd-test-store-'));
  const location = join(dir, 'mdd.sqlite');
  await copyFile(await goldenDatabase(), location);
  return opened(location, dir);
}

async function opened(location: string, dir: string): Promise<TestStore> {
  const store = await openStore(location);
  return {
    store,
    location,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
