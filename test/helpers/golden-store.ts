/**
 * A SQLite file with the golden delivery imported, made once per test file; tests copy it
 * instead of importing again.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDelivery } from '../../src/store/import.ts';
import { openStore } from '../../src/store/open.ts';
import { GOLDEN_FOLDER } from './golden.ts';

let golden: Promise<string> | null = null;

export async function goldenDatabase(): Promise<string> {
  golden ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mdd-golden-store-'));
    const path = join(dir, 'golden.sqlite');
    const store = await openStore(path);
    const outcome = await importDelivery(store, GOLDEN_FOLDER);
    await store.close();
    if (!outcome.ok) throw new Error('golden delivery did not import');
    return path;
  })();
  return golden;
}
