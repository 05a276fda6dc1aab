/**
 * What the map page shows for one theme at one date: every municipality of the register with
 * its rating for that theme, placed on the tile map or listed as not on it, and the rows of
 * the table below the map after its filters and sort.
 */
import { RATINGS, type Rating } from '../../report/model.ts';
import type { Overview } from '../overview.ts';
import { emptyCounts, type RatingCounts } from './counts.ts';
import type { MapQuery, MapSort } from './map-query.ts';
import { layoutTiles, type TileLayout } from './tile-map.ts';

export interface MapRow {
  code: string;
  name: string;
  province: string;
  rating: Rating;
}

export interface MapView {
  rows: MapRow[];
  layout: TileLayout;
  ratings: Map<string, Rating>;
  counts: RatingCounts;
}

/** The theme's rating for every municipality of `overview`. */
export function mapViewOf(overview: Overview, themeId: string): MapView {
  const rows = overview.rows.map((row) => ({
    code: row.code,
    name: row.name,
    province: row.province,
    rating: row.tiles.find((tile) => tile.id === themeId)?.rating ?? ('no data' as const),
  }));
  const counts = emptyCounts();
  for (const row of rows) counts[row.rating] += 1;
  return {
    rows,
    layout: layoutTiles(rows),
    ratings: new Map(rows.map((row) => [row.code, row.rating])),
    counts,
  };
}

const byName = (a: MapRow, b: MapRow) =>
  a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.code.localeCompare(b.code);

const SORTS: Record<MapSort, (a: MapRow, b: MapRow) => number> = {
  naam: byName,
  provincie: (a, b) => a.province.localeCompare(b.province, 'nl') || byName(a, b),
  beoordeling: (a, b) => RATINGS.indexOf(a.rating) - RATINGS.indexOf(b.rating) || byName(a, b),
};

/** The table's rows after the query's filters, in its order. */
export function selectMapRows(view: MapView, query: MapQuery): MapRow[] {
  return view.rows
    .filter((row) => query.province === null || row.province === query.province)
    .filter((row) => query.rating === null || row.rating === query.rating)
    .sort(SORTS[query.sort]);
}

export function provincesOfRows(rows: MapRow[]): string[] {
  return [...new Set(rows.map((row) => row.province))].sort((a, b) => a.localeCompare(b, 'nl'));
}
