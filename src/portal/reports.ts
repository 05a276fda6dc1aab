/**
 * Monitors for the portal: the engine for a reference date, built from the store and kept
 * while the imports it was built from stay the same, so a page view does not recompute the
 * whole country. A new import changes the key and thus builds a fresh engine.
 */
import { archivedReferenceDates, archivedReport } from '../delivery/archive.ts';
import { createEngine, type Engine } from '../engine/index.ts';
import { methodologyFor } from '../methodology/index.ts';
import type { HelpEntry, Report } from '../report/model.ts';
import { loadHelpSettings } from '../settings/help.ts';
import { type IsoDate, TABLE_NAMES } from '../sources/tables.ts';
import { findImportAt } from '../store/imports.ts';
import type { Store } from '../store/open.ts';
import { loadTablesAt } from '../store/tables-at.ts';

/** The table whose data dates are the monitor's reference dates: the software catalogue. */
export const REFERENCE_TABLE = 'gemeente_pakketversies';

/** Engines kept per store; a few reference dates are enough for the pages people open. */
const MAX_ENGINES = 4;
const engines = new WeakMap<Store, Map<string, Promise<Engine>>>();
let defaultHelp: Promise<HelpEntry[]> | null = null;

/**
 * The data dates of the catalogue imports and of archived monitors (issue 4), newest first,
 * without repeats.
 */
export async function referenceDates(store: Store): Promise<IsoDate[]> {
  const rows = await store.db
    .selectFrom('imports')
    .select('data_date')
    .distinct()
    .where('table_name', '=', REFERENCE_TABLE)
    .orderBy('data_date', 'desc')
    .execute();
  const dates = new Set([
    ...rows.map((row) => row.data_date),
    ...(await archivedReferenceDates(store)),
  ]);
  return [...dates].sort().reverse();
}

/** The engine at `referenceDate` (default: the latest), or null when nothing is stored. */
export async function engineFor(
  store: Store,
  referenceDate?: IsoDate,
  help?: HelpEntry[],
): Promise<Engine | null> {
  const date = referenceDate ?? (await referenceDates(store))[0];
  if (date === undefined) return null;
  const key = `${date} ${await importKey(store, date)}`;
  let cache = engines.get(store);
  if (!cache) {
    cache = new Map();
    engines.set(store, cache);
  }
  const cached = cache.get(key);
  if (cached) return cached;
  const building = buildEngine(store, date, help);
  cache.set(key, building);
  building.catch(() => cache.delete(key));
  while (cache.size > MAX_ENGINES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return building;
}

/**
 * One municipality's monitor at `referenceDate` (default: the latest). Throws
 * `UnknownMunicipalityError` when the code is not in the register then; routes check access
 * before calling this.
 */
export async function monitorFor(
  store: Store,
  code: string,
  referenceDate?: IsoDate,
  help?: HelpEntry[],
): Promise<Report> {
  // A monitor that was produced and mailed is shown exactly as it was archived.
  const archived = referenceDate ? await archivedReport(store, code, referenceDate) : null;
  if (archived) return archived;
  const engine = await engineFor(store, referenceDate, help);
  if (!engine) throw new Error('Er zijn nog geen gegevens geïmporteerd.');
  return engine.report(code);
}

/** The ids of the imports in force at `date`, one per table: what the engine is built from. */
async function importKey(store: Store, date: IsoDate): Promise<string> {
  const ids: string[] = [];
  for (const table of TABLE_NAMES) {
    const found = await findImportAt(store.db, table, date);
    ids.push(found ? String(found.id) : '-');
  }
  return ids.join(',');
}

async function buildEngine(store: Store, date: IsoDate, help?: HelpEntry[]): Promise<Engine> {
  if (!help && !defaultHelp) defaultHelp = loadHelpSettings();
  const entries = help ?? (await (defaultHelp as Promise<HelpEntry[]>));
  const { tables, imports } = await loadTablesAt(store, date);
  return createEngine({
    tables,
    imports,
    referenceDate: date,
    methodology: methodologyFor(date),
    help: entries,
  });
}
