/**
 * The team overview: every municipality in the register at a reference date with its star
 * score and the ratings of its summary tiles, built from one engine and kept per engine (a
 * new import builds a new engine, and so a new overview).
 */
import type { Engine } from '../engine/index.ts';
import type { Rating, Report, TileGroupId } from '../report/model.ts';
import type { IsoDate, MunicipalityCode } from '../sources/tables.ts';

export interface OverviewTile {
  id: string;
  label: string;
  group: TileGroupId;
  rating: Rating;
}

export interface OverviewRow {
  code: MunicipalityCode;
  name: string;
  province: string;
  stars: number;
  tiles: OverviewTile[];
}

export interface Overview {
  referenceDate: IsoDate;
  /** The tiles in summary order, as column headings (taken from the first report). */
  columns: { id: string; label: string; group: TileGroupId }[];
  rows: OverviewRow[];
}

const overviews = new WeakMap<Engine, Overview>();

/** The overview of every municipality of `engine`'s register; computed once per engine. */
export function overviewOf(engine: Engine): Overview {
  const cached = overviews.get(engine);
  if (cached) return cached;
  const rows = engine.municipalities.map(({ code }) => toRow(engine.report(code)));
  const columns = rows[0]?.tiles.map(({ id, label, group }) => ({ id, label, group })) ?? [];
  const overview = { referenceDate: engine.referenceDate, columns, rows };
  overviews.set(engine, overview);
  return overview;
}

function toRow(report: Report): OverviewRow {
  return {
    code: report.municipality.code,
    name: report.municipality.name,
    province: report.municipality.province,
    stars: report.stars.stars,
    tiles: report.summary.flatMap((group) =>
      group.tiles.map((tile) => ({
        id: tile.id,
        label: tile.label,
        group: group.id,
        rating: tile.rating,
      })),
    ),
  };
}

export type OverviewSort = 'naam' | 'provincie' | 'sterren';

export interface OverviewQuery {
  sort: OverviewSort;
  province: string | null;
  stars: number | null;
}

/**
 * Reads the query string leniently: anything unknown (a province not in `provinces`, a star
 * score that is no whole number) falls back to no filter, an unknown sort to by name. So the
 * page only ever repeats known values, never text a link brought in.
 */
export function parseOverviewQuery(
  params: Record<string, string | undefined>,
  provinces: string[],
): OverviewQuery {
  const sort = params.sort;
  const stars = params.sterren === undefined ? Number.NaN : Number(params.sterren);
  const province = provinces.find((p) => p === params.provincie) ?? null;
  return {
    sort: sort === 'provincie' || sort === 'sterren' ? sort : 'naam',
    province,
    stars:
      params.sterren !== '' && Number.isInteger(stars) && stars >= 0 && stars <= 10 ? stars : null,
  };
}

const byName = (a: OverviewRow, b: OverviewRow) =>
  a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.code.localeCompare(b.code);

const SORTS: Record<OverviewSort, (a: OverviewRow, b: OverviewRow) => number> = {
  naam: byName,
  provincie: (a, b) => a.province.localeCompare(b.province, 'nl') || byName(a, b),
  // Most stars first: the question is usually who is furthest.
  sterren: (a, b) => b.stars - a.stars || byName(a, b),
};

/** The rows that pass the filters, in the order asked for. */
export function selectRows(overview: Overview, query: OverviewQuery): OverviewRow[] {
  return overview.rows
    .filter((row) => query.province === null || row.province === query.province)
    .filter((row) => query.stars === null || row.stars === query.stars)
    .sort(SORTS[query.sort]);
}

/** The provinces present, in Dutch alphabetical order, for the filter. */
export function provincesOf(overview: Overview): string[] {
  return [...new Set(overview.rows.map((row) => row.province))].sort((a, b) =>
    a.localeCompare(b, 'nl'),
  );
}
