/**
 * Once per test run: the golden delivery imported once (a SQLite file, or a PostgreSQL template
 * database when `MDD_TEST_DATABASE` names a server), which every golden test store copies.
 * The teardown removes it and, on PostgreSQL, every database the run left behind.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { importDelivery } from '../../src/store/import.ts';
import { openStore } from '../../src/store/open.ts';
import { GOLDEN_FOLDER } from './golden.ts';
import { createDatabase, databaseUrl, dropLeftovers, runPrefix } from './test-databases.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the golden store lives: a SQLite file, or a PostgreSQL template database's name. */
    mddGolden: string;
    /** Prefix of this run's PostgreSQL database names. */
    mddRunPrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = process.env.MDD_TEST_DATABASE;
  if (server) {
    const prefix = runPrefix();
    await dropLeftovers(server);
    const template = `${prefix}_golden`;
    await createDatabase(server, template);
    await importGolden(databaseUrl(server, template));
    project.provide('mddGolden', template);
    project.provide('mddRunPrefix', prefix);
    return () => dropLeftovers(server, prefix);
  }
  const dir = await mkdtemp(join(tmpdir(), 'mdd-golden-store-'));
  const path = join(dir, 'golden.sqlite');
  await importGolden(path);
  project.provide('mddGolden', path);
  project.provide('mddRunPrefix', '');
  return () => rm(dir, { recursive: true, force: true });
}

async function importGolden(location: string): Promise<void> {
  const store = await openStore(location);
  try {
    const outcome = await importDelivery(store, GOLDEN_FOLDER);
    if (!outcome.ok) throw new Error('golden delivery did not import');
  } finally {
    await store.close();
  }
}
