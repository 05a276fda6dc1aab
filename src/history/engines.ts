/**
 * The one way to get the engine at a reference date, for the CLI, the portal, the quarterly
 * production and the history. Engines are kept per store while the imports, the methodology
 * version and the help settings they were built from stay the same, so a page view or a
 * quarter's history does not recompute the whole country; a new import changes the key and
 * thus builds a fresh engine. The quarter points of the history are found here too.
 */
import { createEngine, type Engine } from '../engine/index.ts';
import { methodologyInForce } from '../methodology/store.ts';
import type { HelpEntry } from '../report/model.ts';
import { loadHelpSettings } from '../settings/help.ts';
import {
  type IsoDate,
  type MunicipalityRow,
  type SourceImports,
  TABLE_NAMES,
} from '../sources/tables.ts';
import { findImportAt, toImportVersion } from '../store/imports.ts';
import type { Store } from '../store/open.ts';
import { selectRows } from '../store/rows.ts';
import { loadTablesAt } from '../store/tables-at.ts';

/** The table whose data dates are the monitor's reference dates: the software catalogue. */
export const REFERENCE_TABLE = 'gemeente_pakketversies';

/**
 * Engines kept per store. A history needs one engine per quarter point, so this holds four
 * years of quarters; the least recently used engine goes first.
 */
export const MAX_ENGINES = 16;

export interface EngineOptions {
  /** Help entries for the reports; default: the help settings (`loadHelpSettings`). */
  help?: HelpEntry[] | undefined;
  /** A methodology version chosen instead of the one in force at the date. */
  methodologyVersion?: string | undefined;
}

const engines = new WeakMap<Store, Map<string, Promise<Engine>>>();

/** The ids of the imports in force at `date`, one per table: what an engine is built from. */
export async function importsAt(store: Store, date: IsoDate): Promise<SourceImports> {
  const imports: SourceImports = {};
  for (const table of TABLE_NAMES) {
    const found = await findImportAt(store.db, table, date);
    if (found) imports[table] = toImportVersion(found);
  }
  return imports;
}

/** The register as it stood at `date` (ended municipalities included), or [] without one. */
export async function registerAt(store: Store, date: IsoDate): Promise<MunicipalityRow[]> {
  const found = await findImportAt(store.db, 'gemeenten', date);
  return found ? selectRows(store.db, 'gemeenten', found.id) : [];
}

/**
 * The engine at `date`, built from the tables as they stood then, the methodology in force
 * then (or the chosen version) and the help settings. Cached: see `MAX_ENGINES`.
 */
export async function engineAt(
  store: Store,
  date: IsoDate,
  options: EngineOptions = {},
): Promise<Engine> {
  const help = options.help ?? (await loadHelpSettings());
  const methodology = await methodologyInForce(store, date, options.methodologyVersion);
  const imports = await importsAt(store, date);
  const importIds = TABLE_NAMES.map((table) => imports[table]?.id ?? '-').join(',');
  const key = [date, methodology.version, importIds, JSON.stringify(help)].join('|');

  const cache = cacheOf(store);
  const cached = cache.get(key);
  if (cached) {
    // Least recently used goes first: a hit moves to the back.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const building = loadTablesAt(store, date).then(({ tables, imports: used }) =>
    createEngine({ tables, imports: used, referenceDate: date, methodology, help }),
  );
  cache.set(key, building);
  building.catch(() => cache.delete(key));
  while (cache.size > MAX_ENGINES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return building;
}

function cacheOf(store: Store): Map<string, Promise<Engine>> {
  let cache = engines.get(store);
  if (!cache) {
    cache = new Map();
    engines.set(store, cache);
  }
  return cache;
}

/** The calendar quarter of a date, as a sortable key: `2016-4`. */
export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${Math.ceil(month / 3)}`;
}

/**
 * The quarter points: per calendar quarter the latest data date of the software catalogue
 * (on or before `upTo`, when given), oldest first.
 *
 * @example await quarterDates(store) // ['2016-01-25', '2016-04-25', ..., '2017-01-23']
 */
export async function quarterDates(store: Store, upTo?: IsoDate): Promise<IsoDate[]> {
  let query = store.db
    .selectFrom('imports')
    .select('data_date')
    .distinct()
    .where('table_name', '=', REFERENCE_TABLE);
  if (upTo !== undefined) query = query.where('data_date', '<=', upTo);
  const rows = await query.execute();
  const latest = new Map<string, IsoDate>();
  for (const { data_date: date } of rows) {
    const quarter = quarterOf(date);
    const known = latest.get(quarter);
    if (known === undefined || date > known) latest.set(quarter, date);
  }
  return [...latest.values()].sort();
}
