/**
 * The team overview page: every municipality with its star score and 16 ratings, sortable by
 * links and filtered by a plain GET form (no script), each row linking to its monitor.
 */
import { formatShortDate } from '../../report/format.ts';
import type { IsoDate } from '../../sources/tables.ts';
import type { Viewer } from '../context.ts';
import type { Overview, OverviewQuery, OverviewRow, OverviewSort } from '../overview.ts';
import { Layout, renderPage } from './layout.tsx';
import { RatingCell, RatingKey, TeamStyles } from './team-parts.tsx';

export interface OverviewPageProps {
  viewer: Viewer;
  overview: Overview;
  rows: OverviewRow[];
  query: OverviewQuery;
  provinces: string[];
  /** Reference dates with data, newest first; the overview's own is selected. */
  dates: IsoDate[];
  /** Whether the date was asked for (then links keep it). */
  dateAsked: boolean;
}

const SORT_LABELS: Record<OverviewSort, string> = {
  naam: 'Gemeente',
  provincie: 'Provincie',
  sterren: 'Sterren',
};

const STAR_CHOICES = [0, 1, 2, 3, 4, 5];

/** The query string for the same filters with another sort. */
function sortHref(props: OverviewPageProps, sort: OverviewSort): string {
  const params = new URLSearchParams({ sort });
  if (props.query.province !== null) params.set('provincie', props.query.province);
  if (props.query.stars !== null) params.set('sterren', String(props.query.stars));
  if (props.dateAsked) params.set('peildatum', props.overview.referenceDate);
  return `/team?${params.toString()}`;
}

/** The monitor at the overview's date: the latest one unless an earlier date was chosen. */
function monitorHref(props: OverviewPageProps, code: string): string {
  return props.dateAsked
    ? `/gemeente/${code}/${props.overview.referenceDate}`
    : `/gemeente/${code}`;
}

function SortHeading(props: { page: OverviewPageProps; sort: OverviewSort }) {
  const active = props.page.query.sort === props.sort;
  const label = SORT_LABELS[props.sort];
  return (
    <th
      scope="col"
      aria-sort={active ? (props.sort === 'sterren' ? 'descending' : 'ascending') : undefined}
    >
      <a href={sortHref(props.page, props.sort)}>
        {label}
        {active ? (
          <span aria-hidden="true"> {props.sort === 'sterren' ? '▼' : '▲'}</span>
        ) : (
          <span class="visually-hidden"> (sorteer hierop)</span>
        )}
      </a>
    </th>
  );
}

function Filters(props: OverviewPageProps) {
  const { query, provinces, dates, overview } = props;
  return (
    <form method="get" action="/team" class="filters">
      <input type="hidden" name="sort" value={query.sort} />
      <div>
        <label for="provincie">Provincie</label>
        <select id="provincie" name="provincie">
          <option value="">Alle provincies</option>
          {provinces.map((p) => (
            <option value={p} selected={p === query.province}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="sterren">Sterscore</label>
        <select id="sterren" name="sterren">
          <option value="">Alle sterscores</option>
          {STAR_CHOICES.map((s) => (
            <option value={String(s)} selected={s === query.stars}>
              {s} {s === 1 ? 'ster' : 'sterren'}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="peildatum">Peildatum</label>
        <select id="peildatum" name="peildatum">
          {dates.map((d) => (
            <option value={d} selected={d === overview.referenceDate}>
              {formatShortDate(d)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Toon</button>
    </form>
  );
}

function OverviewTable(props: OverviewPageProps) {
  const { overview, rows } = props;
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby="overzicht-titel">
      <table class="team-table">
        <caption id="overzicht-titel">
          Beoordelingen per gemeente, peildatum {formatShortDate(overview.referenceDate)} (
          {rows.length} van {overview.rows.length} gemeenten)
        </caption>
        <thead>
          <tr>
            <SortHeading page={props} sort="naam" />
            <SortHeading page={props} sort="provincie" />
            <SortHeading page={props} sort="sterren" />
            {overview.columns.map((column) => (
              <th scope="col" class="tile-heading">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={monitorHref(props, row.code)}>{row.name}</a>
              </th>
              <td>{row.province}</td>
              <td>{row.stars}</td>
              {row.tiles.map((tile) => (
                <RatingCell rating={tile.rating} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function overviewPage(props: OverviewPageProps): string {
  return renderPage(
    <Layout title="Alle gemeenten" viewer={props.viewer}>
      <TeamStyles />
      <main class="team-wide">
        <h1>Alle gemeenten</h1>
        <p>
          De beoordelingen van de zestien tegels van elke gemeente in het gemeentenregister. Kies
          een gemeente om haar monitor te openen; klik op een kolomkop om te sorteren.
        </p>
        <Filters {...props} />
        <RatingKey />
        {props.rows.length === 0 ? (
          <p>Geen gemeenten voldoen aan deze keuze.</p>
        ) : (
          <OverviewTable {...props} />
        )}
      </main>
    </Layout>,
  );
}
