/**
 * How many municipalities have each rating, per summary tile (theme), at each quarter point.
 * Counting needs every municipality's report (about 0,4 s for 388), so the counts are kept per
 * reference date and set of imports: a new import gives a new key and is counted afresh.
 */

import type { HelpEntry } from '../../report/model.ts';
import { RATINGS, type Rating, type TileGroupId } from '../../report/model.ts';
import { type IsoDate, TABLE_NAMES } from '../../sources/tables.ts';
import { findImportAt } from '../../store/imports.ts';
import type { Store } from '../../store/open.ts';
import { type Overview, overviewOf } from '../overview.ts';
import { engineFor } from '../reports.ts';
import { type QuarterPoint, quarterPoints } from './quarters.ts';

export interface Theme {
  id: string;
  label: string;
  group: TileGroupId;
}

export type RatingCounts = Record<Rating, number>;

export interface PointCounts {
  point: QuarterPoint;
  /** Municipalities in the register at the point. */
  total: number;
  /** By theme id. */
  byTheme: Map<string, RatingCounts>;
}

export interface NationalHistory {
  /** The themes in summary order, from the latest point. */
  themes: Theme[];
  /** Oldest first. */
  points: PointCounts[];
}

const kept = new WeakMap<Store, Map<string, { themes: Theme[]; counts: PointCounts }>>();

/** The counts at every quarter point of the store. */
export async function nationalHistory(store: Store, help?: HelpEntry[]): Promise<NationalHistory> {
  const points: PointCounts[] = [];
  let themes: Theme[] = [];
  for (const point of await quarterPoints(store)) {
    const counted = await countsAt(store, point, help);
    if (!counted) continue;
    points.push(counted.counts);
    themes = counted.themes;
  }
  return { themes, points };
}

async function countsAt(store: Store, point: QuarterPoint, help?: HelpEntry[]) {
  let cache = kept.get(store);
  if (!cache) {
    cache = new Map();
    kept.set(store, cache);
  }
  const key = `${point.date} ${await importKey(store, point.date)}`;
  const cached = cache.get(key);
  if (cached) return { themes: cached.themes, counts: { ...cached.counts, point } };
  const engine = await engineFor(store, point.date, help);
  if (!engine) return null;
  const overview = overviewOf(engine);
  const counted = { themes: overview.columns, counts: countRatings(overview, point) };
  cache.set(key, counted);
  return counted;
}

/** Per theme the number of municipalities with each rating. */
export function countRatings(overview: Overview, point: QuarterPoint): PointCounts {
  const byTheme = new Map<string, RatingCounts>();
  for (const column of overview.columns) byTheme.set(column.id, emptyCounts());
  for (const row of overview.rows) {
    for (const tile of row.tiles) {
      const counts = byTheme.get(tile.id);
      if (counts) counts[tile.rating] += 1;
    }
  }
  return { point, total: overview.rows.length, byTheme };
}

export function emptyCounts(): RatingCounts {
  return Object.fromEntries(RATINGS.map((rating) => [rating, 0])) as RatingCounts;
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
