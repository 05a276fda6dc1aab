/**
 * How many municipalities have each rating, per summary tile (theme), at each quarter point.
 * Counting needs every municipality's report (about 0,4 s for 388); the engines are kept by
 * `engineAt` and the overview of all reports per engine (`overviewOf`), so the counts are
 * kept per engine too: a new import builds a new engine and is counted afresh.
 */
import type { Engine } from '../../engine/index.ts';
import { engineAt } from '../../history/engines.ts';
import { type HelpEntry, RATINGS, type Rating, type TileGroupId } from '../../report/model.ts';
import type { Store } from '../../store/open.ts';
import { type Overview, overviewOf } from '../overview.ts';
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

const kept = new WeakMap<Engine, Omit<PointCounts, 'point'>>();

/** The counts at every quarter point of the store; a point without a register is left out. */
export async function nationalHistory(store: Store, help?: HelpEntry[]): Promise<NationalHistory> {
  const points: PointCounts[] = [];
  let themes: Theme[] = [];
  for (const point of await quarterPoints(store)) {
    const engine = await engineAt(store, point.date, { help });
    if (engine.municipalities.length === 0) continue;
    let counts = kept.get(engine);
    if (!counts) {
      counts = countRatings(overviewOf(engine));
      kept.set(engine, counts);
    }
    points.push({ point, ...counts });
    themes = overviewOf(engine).columns;
  }
  return { themes, points };
}

/** Per theme the number of municipalities with each rating. */
export function countRatings(overview: Overview): Omit<PointCounts, 'point'> {
  const byTheme = new Map<string, RatingCounts>();
  for (const column of overview.columns) byTheme.set(column.id, emptyCounts());
  for (const row of overview.rows) {
    for (const tile of row.tiles) {
      const counts = byTheme.get(tile.id);
      if (counts) counts[tile.rating] += 1;
    }
  }
  return { total: overview.rows.length, byTheme };
}

export function emptyCounts(): RatingCounts {
  return Object.fromEntries(RATINGS.map((rating) => [rating, 0])) as RatingCounts;
}
