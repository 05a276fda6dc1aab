/**
 * The map page's query string, read leniently: an unknown theme, date, province, rating or sort
 * falls back to the default, so the page only repeats values it knows, never text a link
 * brought in.
 */
import { RATINGS, type Rating } from '../../report/model.ts';
import type { IsoDate } from '../../sources/tables.ts';
import type { Theme } from './counts.ts';

export type MapSort = 'naam' | 'provincie' | 'beoordeling';

export interface MapQuery {
  theme: Theme;
  date: IsoDate;
  /** Whether the date was asked for (then links keep it). */
  dateAsked: boolean;
  sort: MapSort;
  province: string | null;
  rating: Rating | null;
}

/** Ratings in the query string: words without spaces, stable in bookmarks. */
export const RATING_SLUGS: Record<Rating, string> = {
  ok: 'in-orde',
  attention: 'aandacht',
  'not ok': 'niet-in-orde',
  'no data': 'geen-gegevens',
};

export function parseMapQuery(
  params: Record<string, string | undefined>,
  known: { themes: Theme[]; dates: IsoDate[]; provinces: string[] },
): MapQuery | null {
  const theme = known.themes.find((t) => t.id === params.thema) ?? known.themes[0];
  const latest = known.dates.at(-1);
  if (!theme || latest === undefined) return null;
  const asked = known.dates.find((d) => d === params.peildatum);
  const sort = params.sort;
  return {
    theme,
    date: asked ?? latest,
    dateAsked: asked !== undefined,
    sort: sort === 'provincie' || sort === 'beoordeling' ? sort : 'naam',
    province: known.provinces.find((p) => p === params.provincie) ?? null,
    rating: RATINGS.find((r) => RATING_SLUGS[r] === params.beoordeling) ?? null,
  };
}

/** The query string of `query` with `changes`, for links that keep the other choices. */
export function mapHref(query: MapQuery, changes: Partial<MapQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams({ thema: next.theme.id });
  if (next.dateAsked) params.set('peildatum', next.date);
  if (next.sort !== 'naam') params.set('sort', next.sort);
  if (next.province !== null) params.set('provincie', next.province);
  if (next.rating !== null) params.set('beoordeling', RATING_SLUGS[next.rating]);
  return `/team/landelijk/kaart?${params.toString()}`;
}
