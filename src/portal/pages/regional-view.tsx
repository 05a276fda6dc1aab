/**
 * A regional session as its invitees see it: the participating municipalities side by side,
 * one table per theme (tile group) with a row per tile and a column per municipality, each
 * cell the rating in words and the figure's value.
 */
import { formatShortDate } from '../../report/format.ts';
import type { Report, TileGroup } from '../../report/model.ts';
import type { Viewer } from '../context.ts';
import type { RegionalSession } from '../regional.ts';
import { Layout, renderPage } from './layout.tsx';
import { RatingMark, TeamStyles } from './team-parts.tsx';

export interface SessionViewProps {
  viewer: Viewer;
  session: RegionalSession;
  reports: Report[];
  /** Participating codes no longer in the register at the reference date. */
  missing: string[];
}

/** The shown value of the figure a tile summarises, or an empty text. */
function figureValue(report: Report, figureId: string): string {
  for (const section of report.sections) {
    const figure = section.figures.find((f) => f.id === figureId);
    if (figure) return figure.value.text;
  }
  return '';
}

function groupOf(report: Report, id: TileGroup['id']): TileGroup | undefined {
  return report.summary.find((group) => group.id === id);
}

function ThemeTable(props: { group: TileGroup; reports: Report[] }) {
  const { group, reports } = props;
  return (
    <section class="table-scroll" aria-label={group.title} tabindex={0}>
      <table class="team-table">
        <caption>{group.title}</caption>
        <thead>
          <tr>
            <th scope="col">Tegel</th>
            {reports.map((r) => (
              <th scope="col">{r.municipality.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.tiles.map((tile) => (
            <tr>
              <th scope="row">{tile.label}</th>
              {reports.map((report) => {
                const own = groupOf(report, group.id)?.tiles.find((t) => t.id === tile.id);
                const value = own ? figureValue(report, own.figureId) : '';
                return (
                  <td>
                    {own ? <RatingMark rating={own.rating} showLabel /> : '–'}
                    {value ? <div class="tile-value">{value}</div> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Participants(props: { reports: Report[] }) {
  return (
    <table class="team-table">
      <caption>Deelnemende gemeenten</caption>
      <thead>
        <tr>
          <th scope="col">Gemeente</th>
          <th scope="col">Provincie</th>
          <th scope="col">Sterscore</th>
        </tr>
      </thead>
      <tbody>
        {props.reports.map((r) => (
          <tr>
            <th scope="row">{r.municipality.name}</th>
            <td>{r.municipality.province}</td>
            <td>
              {r.stars.stars} van {r.stars.criteria.length}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function sessionViewPage(props: SessionViewProps): string {
  const { session, reports } = props;
  const first = reports[0];
  return renderPage(
    <Layout title={`Regiosessie ${session.name}`} viewer={props.viewer}>
      <TeamStyles />
      <main class="team-wide">
        <h1>Regiosessie {session.name}</h1>
        <p>
          {formatShortDate(session.date)}
          {first ? `; monitor met peildatum ${first.referenceDateText}` : ''}.
          {session.status === 'closed'
            ? ' Deze sessie is gesloten; alleen het team ziet haar nog.'
            : ''}
        </p>
        {props.missing.length > 0 ? (
          <p>Niet in het gemeentenregister op de peildatum: {props.missing.join(', ')}.</p>
        ) : null}
        {first ? (
          <>
            <Participants reports={reports} />
            {first.summary.map((group) => (
              <ThemeTable group={group} reports={reports} />
            ))}
          </>
        ) : (
          <p>Er zijn (nog) geen monitors voor deze gemeenten.</p>
        )}
      </main>
    </Layout>,
  );
}
