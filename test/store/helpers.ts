/** Temporary stores and deliveries for store and CLI tests: real files in a temp folder. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/open.ts';
import { countRows } from '../../src/store/rows.ts';

import { GOLDEN_FOLDER } from '../helpers/golden.ts';

export const GOLDEN_DELIVERY = GOLDEN_FOLDER;

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `mdd-${prefix}-`));
}

export async function removeDir(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

/** A writable copy of the golden delivery in `folder`. */
export async function copyGoldenDelivery(folder: string): Promise<string> {
  await cp(GOLDEN_DELIVERY, folder, { recursive: true });
  return folder;
}

/**
 * Replaces one cell of a `;`-separated file (no quoted fields), addressed the way a
 * spreadsheet shows it: row 1 is the header.
 */
export async function replaceCell(
  path: string,
  row: number,
  column: string,
  value: string,
): Promise<void> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  const header = (lines[0] ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(';');
  const columnIndex = header.indexOf(column);
  const cells = (lines[row - 1] ?? '').split(';');
  if (columnIndex < 0 || cells.length !== header.length) {
    throw new Error(`No cell ${column} in row ${row} of ${path}`);
  }
  cells[columnIndex] = value;
  lines[row - 1] = cells.join(';');
  await writeFile(path, lines.join('\n'));
}

/** Everything a store holds, in a form two snapshots can be compared by. */
export async function snapshotStore(store: Store) {
  return {
    rows: await countRows(store.db),
    imports: await store.db.selectFrom('imports').selectAll().orderBy('id').execute(),
    deliveries: await store.db.selectFrom('deliveries').selectAll().orderBy('id').execute(),
  };
}

export { GOLDEN_ROW_COUNTS } from '../helpers/golden.ts';
