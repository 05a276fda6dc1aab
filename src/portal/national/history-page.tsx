/**
 * `/team/landelijk`: per theme (summary tile) how many municipalities have each rating at each
 * quarter point, as a table and as a stacked bar chart of the same figures.
 */
import { formatShortDate } from '../../report/format.ts';
import { RATING_LABELS } from '../../report/html/rating.tsx';
import { RATINGS, type TileGroupId } from '../../report/model.ts';
import type { Viewer } from '../context.ts';
import { Layout, renderPage } from '../pages/layout.tsx';
import { RatingKey, TeamStyles } from '../pages/team-parts.tsx';
import { StackedBars } from './bar-chart.tsx';
import { emptyCounts, type NationalHistory, type Theme } from './counts.ts';
import { NationalNav, NationalStyles } from './nav.tsx';
import { GROUP_TITLES } from './symbols.ts';

function ThemeTable(props: { history: NationalHistory; theme: Theme; captionId: string }) {
  const { history, theme } = props;
  return (
    <table class="team-table national-table">
      <caption id={props.captionId}>{theme.label}: aantal gemeenten per beoordeling</caption>
      <thead>
        <tr>
          <th scope="col">Kwartaal (peildatum)</th>
          {RATINGS.map((rating) => (
            <th scope="col" class="number">
              {RATING_LABELS[rating]}
            </th>
          ))}
          <th scope="col" class="number">
            Totaal
          </th>
        </tr>
      </thead>
      <tbody>
        {history.points.map(({ point, byTheme, total }) => {
          const counts = byTheme.get(theme.id) ?? emptyCounts();
          return (
            <tr>
              <th scope="row">
                {point.label} ({formatShortDate(point.date)})
              </th>
              {RATINGS.map((rating) => (
                <td class="number">{String(counts[rating])}</td>
              ))}
              <td class="number">{String(total)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function ThemeSection(props: { history: NationalHistory; theme: Theme }) {
  const { history, theme } = props;
  const headingId = `thema-${theme.id}`;
  const bars = history.points.map(({ point, byTheme, total }) => ({
    label: point.shortLabel,
    counts: byTheme.get(theme.id) ?? emptyCounts(),
    total,
  }));
  return (
    <section class="national-theme" aria-labelledby={headingId}>
      <h3 id={headingId}>{theme.label}</h3>
      <div class="national-theme__body">
        <figure class="national-chart">
          <StackedBars
            bars={bars}
            label={`Staafdiagram: aantal gemeenten per beoordeling per kwartaal, ${theme.label}.`}
          />
          <figcaption>
            Van onder naar boven: in orde, aandacht vereist, (nog) niet in orde, geen gegevens.{' '}
            <a href={`/team/landelijk/kaart?thema=${encodeURIComponent(theme.id)}`}>
              Bekijk dit thema op de kaart
            </a>
          </figcaption>
        </figure>
        <section class="table-scroll" tabindex={0} aria-labelledby={`${headingId}-tabel`}>
          <ThemeTable history={history} theme={theme} captionId={`${headingId}-tabel`} />
        </section>
      </div>
    </section>
  );
}

/**
 * Where the number of municipalities changes between two quarters (a merger, or a register
 * correction), the totals are not comparable one to one: say so above the tables.
 */
function RegisterChanges(props: { history: NationalHistory }) {
  const points = props.history.points;
  const changes = points.slice(1).flatMap((current, index) => {
    const previous = points[index];
    return previous && previous.total !== current.total ? [{ previous, current }] : [];
  });
  if (changes.length === 0) return null;
  return (
    <div class="register-changes">
      <p>Het aantal gemeenten in het register verandert tussen kwartalen:</p>
      <ul>
        {changes.map(({ previous, current }) => (
          <li>
            van {previous.point.label} ({String(previous.total)}) naar {current.point.label} (
            {String(current.total)})
          </li>
        ))}
      </ul>
      <p>
        Bij een herindeling tellen de opgeheven gemeenten tot hun einddatum mee en de nieuwe
        gemeente vanaf haar begindatum.
      </p>
    </div>
  );
}

export function historyPage(props: { viewer: Viewer; history: NationalHistory }): string {
  const { history } = props;
  const groups = (Object.keys(GROUP_TITLES) as TileGroupId[]).map((id) => ({
    id,
    themes: history.themes.filter((theme) => theme.group === id),
  }));
  const points = history.points;
  return renderPage(
    <Layout title="Landelijk overzicht" viewer={props.viewer}>
      <TeamStyles />
      <NationalStyles />
      <main>
        <h1>Landelijk overzicht</h1>
        <NationalNav current="/team/landelijk" />
        <p>
          Per thema van de samenvatting: hoeveel gemeenten in orde zijn, aandacht vragen, (nog) niet
          in orde zijn of geen gegevens hebben. Eén rij per kwartaal, op de laatste peildatum van de
          softwarecatalogus in dat kwartaal. Het totaal is het aantal gemeenten in het
          gemeentenregister op die peildatum.
        </p>
        {points.length === 0 ? (
          <p>Er zijn nog geen gegevens geïmporteerd.</p>
        ) : (
          <>
            <p>
              {points.length === 1 ? '1 kwartaal' : `${points.length} kwartalen`}:{' '}
              {points.map((p) => p.point.label).join(', ')}.
            </p>
            <RegisterChanges history={history} />
            <RatingKey />
            {groups.map((group) => (
              <section aria-labelledby={`groep-${group.id}`}>
                <h2 id={`groep-${group.id}`}>{GROUP_TITLES[group.id]}</h2>
                {group.themes.map((theme) => (
                  <ThemeSection history={history} theme={theme} />
                ))}
              </section>
            ))}
          </>
        )}
      </main>
    </Layout>,
  );
}
