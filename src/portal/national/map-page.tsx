/**
 * `/team/landelijk/kaart`: the tile map of the Netherlands coloured by one theme, chosen with a
 * plain GET form (no script), with a legend, the municipalities not on the map, and the same
 * ratings as a table that sorts by links and filters by a second GET form.
 */
import { formatShortDate } from '../../report/format.ts';
import { RATING_LABELS } from '../../report/html/rating.tsx';
import { RATINGS, type TileGroupId } from '../../report/model.ts';
import type { Viewer } from '../context.ts';
import { Layout, renderPage } from '../pages/layout.tsx';
import { RatingMark, TeamStyles } from '../pages/team-parts.tsx';
import type { Theme } from './counts.ts';
import type { MapRow, MapView } from './map-model.ts';
import { type MapQuery, type MapSort, mapHref, RATING_SLUGS } from './map-query.ts';
import { LegendTile, TileMapSvg } from './map-svg.tsx';
import { NationalNav, NationalStyles } from './nav.tsx';
import type { QuarterPoint } from './quarters.ts';
import { GROUP_TITLES } from './symbols.ts';

export interface MapPageProps {
  viewer: Viewer;
  themes: Theme[];
  points: QuarterPoint[];
  query: MapQuery;
  view: MapView;
  rows: MapRow[];
  provinces: string[];
}

function ChoiceForm(props: MapPageProps) {
  const { themes, points, query } = props;
  const groups = Object.keys(GROUP_TITLES) as TileGroupId[];
  return (
    <form method="get" action="/team/landelijk/kaart" class="filters">
      <div>
        <label for="thema">Thema</label>
        <select id="thema" name="thema">
          {groups.map((group) => (
            <optgroup label={GROUP_TITLES[group]}>
              {themes
                .filter((theme) => theme.group === group)
                .map((theme) => (
                  <option value={theme.id} selected={theme.id === query.theme.id}>
                    {theme.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label for="peildatum">Kwartaal</label>
        <select id="peildatum" name="peildatum">
          {[...points].reverse().map((point) => (
            <option value={point.date} selected={point.date === query.date}>
              {point.label} ({formatShortDate(point.date)})
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Toon kaart</button>
    </form>
  );
}

function MapLegend(props: { view: MapView }) {
  return (
    <ul class="map-legend" aria-label="Legenda van de kaart">
      {RATINGS.map((rating) => (
        <li>
          <LegendTile rating={rating} /> {RATING_LABELS[rating]}:{' '}
          {String(props.view.counts[rating])}
        </li>
      ))}
    </ul>
  );
}

function NotOnMap(props: { view: MapView }) {
  const { unplaced, tiles } = props.view.layout;
  return (
    <section aria-labelledby="niet-op-kaart">
      <h2 id="niet-op-kaart">Niet op de kaart</h2>
      {unplaced.length === 0 ? (
        <p>Alle {String(tiles.length)} gemeenten van het register staan op de kaart.</p>
      ) : (
        <>
          <p>
            Deze gemeenten staan in het register maar niet op de kaart, omdat hun provincie niet in
            de indeling van de kaart voorkomt. Hun beoordeling staat ook in de tabel.
          </p>
          <ul class="not-on-map">
            {unplaced.map((m) => (
              <li>
                {m.name} ({m.code}, provincie {m.province || 'onbekend'}):{' '}
                {RATING_LABELS[props.view.ratings.get(m.code) ?? 'no data']}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const SORT_LABELS: Record<MapSort, string> = {
  naam: 'Gemeente',
  provincie: 'Provincie',
  beoordeling: 'Beoordeling',
};

function SortHeading(props: { query: MapQuery; sort: MapSort }) {
  const active = props.query.sort === props.sort;
  return (
    <th scope="col" aria-sort={active ? 'ascending' : undefined}>
      <a href={mapHref(props.query, { sort: props.sort })}>
        {SORT_LABELS[props.sort]}
        {active ? (
          <span aria-hidden="true"> ▲</span>
        ) : (
          <span class="visually-hidden"> (sorteer hierop)</span>
        )}
      </a>
    </th>
  );
}

function TableFilters(props: MapPageProps) {
  const { query, provinces } = props;
  return (
    <form method="get" action="/team/landelijk/kaart" class="filters">
      <input type="hidden" name="thema" value={query.theme.id} />
      {query.dateAsked ? <input type="hidden" name="peildatum" value={query.date} /> : null}
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
        <label for="beoordeling">Beoordeling</label>
        <select id="beoordeling" name="beoordeling">
          <option value="">Alle beoordelingen</option>
          {RATINGS.map((rating) => (
            <option value={RATING_SLUGS[rating]} selected={rating === query.rating}>
              {RATING_LABELS[rating]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Filter de tabel</button>
    </form>
  );
}

function MunicipalityTable(props: MapPageProps) {
  const { query, rows, view } = props;
  const monitorPath = (code: string) =>
    query.dateAsked ? `/gemeente/${code}/${query.date}` : `/gemeente/${code}`;
  return (
    <section class="table-scroll" tabindex={0} aria-labelledby="gemeenten-tabel">
      <table class="team-table">
        <caption id="gemeenten-tabel">
          {query.theme.label} per gemeente, peildatum {formatShortDate(query.date)} (
          {String(rows.length)} van {String(view.rows.length)} gemeenten)
        </caption>
        <thead>
          <tr>
            <SortHeading query={query} sort="naam" />
            <th scope="col">Code</th>
            <SortHeading query={query} sort="provincie" />
            <SortHeading query={query} sort="beoordeling" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <a href={monitorPath(row.code)}>{row.name}</a>
              </th>
              <td>{row.code}</td>
              <td>{row.province}</td>
              <td>
                <RatingMark rating={row.rating} showLabel />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function mapPage(props: MapPageProps): string {
  const { query, view } = props;
  const when = formatShortDate(query.date);
  return renderPage(
    <Layout title={`Kaart: ${query.theme.label}`} viewer={props.viewer}>
      <TeamStyles />
      <NationalStyles />
      <main>
        <h1>Kaart per thema</h1>
        <NationalNav current="/team/landelijk/kaart" />
        <ChoiceForm {...props} />
        <h2>
          {query.theme.label}, peildatum {when}
        </h2>
        <p class="map-note">
          Dit is een tegelkaart, geen kaart met gemeentegrenzen: elk vakje is één gemeente. De
          vakjes staan per provincie bij elkaar, ongeveer waar de provincie ligt. Binnen de
          provincie staan ze per COROP-gebied (van noord naar zuid, of in de brede provincies van
          west naar oost) en daarbinnen op alfabet; de ligging is dus bij benadering. Het teken in
          elk vakje geeft de beoordeling ook zonder kleur. Wijs een vakje aan voor de naam van de
          gemeente; de tabel onder de kaart geeft dezelfde gegevens.
        </p>
        <MapLegend view={view} />
        <figure class="map-figure">
          <TileMapSvg
            layout={view.layout}
            ratings={view.ratings}
            titleId="kaart-titel"
            descriptionId="kaart-omschrijving"
            title={`Tegelkaart van Nederland: ${query.theme.label}, peildatum ${when}`}
            description={RATINGS.map(
              (rating) => `${RATING_LABELS[rating]}: ${view.counts[rating]} gemeenten`,
            ).join('; ')}
          />
        </figure>
        <p class="map-source">
          Bron van de indeling in COROP-gebieden: CBS, Gebieden in Nederland 2022 (CC BY 4.0); een
          gemeente die later is heringedeeld, staat in het gebied van haar opvolger.
        </p>
        <NotOnMap view={view} />
        <section aria-labelledby="alle-gemeenten">
          <h2 id="alle-gemeenten">Alle gemeenten</h2>
          <TableFilters {...props} />
          {props.rows.length === 0 ? (
            <p>Geen gemeenten voldoen aan deze keuze.</p>
          ) : (
            <MunicipalityTable {...props} />
          )}
        </section>
      </main>
    </Layout>,
  );
}
