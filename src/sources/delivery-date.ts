/**
 * The data date of a delivery as a whole: the latest `peildatum` in its `bronnen.csv` (the
 * catalogue's export day in a quarterly delivery). Used to import several deliveries oldest
 * first. Only a quick look: a broken index gives null, and the import of that delivery then
 * reports the index's problems in full.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DELIVERY_INDEX } from './delivery.ts';
import { date, INVALID } from './fields.ts';
import { normaliseHeader } from './header.ts';
import { IssueList } from './issues.ts';
import { loadSheet } from './read-sheet.ts';
import type { IsoDate } from './tables.ts';

/** The name of the folder's `bronnen.csv` as spelled there, or null when it has none. */
export async function findDeliveryIndex(folder: string): Promise<string | null> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.find((name) => name.toLowerCase() === DELIVERY_INDEX) ?? null;
}

export async function readDeliveryDate(folder: string): Promise<IsoDate | null> {
  const indexName = await findDeliveryIndex(folder);
  if (indexName === null) return null;
  const { sheet } = await loadSheet(join(folder, indexName), new IssueList(DELIVERY_INDEX));
  const column = sheet?.header?.map(normaliseHeader).indexOf('peildatum') ?? -1;
  if (!sheet || column < 0) return null;
  const dates = sheet.rows
    .map((row) => date.parse(row.cells[column] ?? null))
    .filter((value): value is IsoDate => value !== INVALID);
  return dates.sort().at(-1) ?? null;
}
