/**
 * The monitor page: the report's own HTML (the same `<main>` as the printed report) in the
 * portal frame, after a panel with downloads and the other reference dates; and the page
 * where someone who belongs to several municipalities (shared ICT) picks one.
 */
import { raw } from 'hono/html';
import { formatShortDate } from '../../report/format.ts';
import { renderReportHtml } from '../../report/html/index.tsx';
import type { Report } from '../../report/model.ts';
import type { Viewer } from '../context.ts';
import { ExplanationLinks } from './explanations.tsx';
import { Layout, renderPage } from './layout.tsx';

export interface MonitorPageProps {
  report: Report;
  viewer: Viewer;
  /** Every reference date, newest first. */
  dates: string[];
  /** The address of this monitor without extension: `/gemeente/GM0441` or with a date. */
  basePath: string;
  /** The report's `<main>` already rendered (see ../monitor-cache.ts); else rendered here. */
  body?: string;
}

export function monitorPage(props: MonitorPageProps): string {
  const { report, viewer, dates, basePath, body } = props;
  const code = report.municipality.code;
  const title = `Monitor ${report.municipality.name} – peildatum ${report.referenceDateText}`;
  return renderPage(
    <Layout title={title} viewer={viewer} reportStyles>
      <nav class="portal-panel monitor-tools" aria-label="Downloads en peildata">
        <div>
          <h2>Downloads</h2>
          <ul>
            <li>
              <a href={`${basePath}.pdf`} download>
                PDF (om te printen of te delen)
              </a>
            </li>
            <li>
              <a href={`${basePath}.csv`} download>
                CSV (voor een spreadsheet)
              </a>
            </li>
            <li>
              <a href={`${basePath}.json`} download>
                JSON (alle gegevens)
              </a>
            </li>
          </ul>
        </div>
        {viewer.roles.includes('staff') || viewer.roles.includes('catalogue-admin') ? (
          <div>
            <h2>Per e-mail</h2>
            <form method="post" action={`/aanvragen/${code}`}>
              <input type="hidden" name="_csrf" value={viewer.csrfToken} />
              <button type="submit">Monitor aanvragen</button>
            </form>
          </div>
        ) : null}
        <ExplanationLinks report={report} />
        <div>
          <h2>Peildata</h2>
          <ul>
            {dates.map((date) => (
              <li>
                <a
                  href={`/gemeente/${code}/${date}`}
                  aria-current={date === report.referenceDate ? 'page' : undefined}
                >
                  {formatShortDate(date)}
                  {date === dates[0] ? ' (nieuwste)' : ''}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
      {raw(body ?? renderReportHtml(report, { standalone: false }))}
    </Layout>,
  );
}

export function choosePage(props: {
  viewer: Viewer;
  municipalities: { code: string; name: string }[];
}): string {
  return renderPage(
    <Layout title="Kies een gemeente" viewer={props.viewer}>
      <main>
        <h1>Kies een gemeente</h1>
        <p>Uw e-mailadres hoort bij meer dan één gemeente. Kies de monitor die u wilt zien.</p>
        <ul>
          {props.municipalities.map((m) => (
            <li>
              <a href={`/gemeente/${m.code}`}>
                {m.name} ({m.code})
              </a>
            </li>
          ))}
        </ul>
      </main>
    </Layout>,
  );
}

export function noMonitorPage(viewer: Viewer): string {
  return renderPage(
    <Layout title="Nog geen monitor" viewer={viewer}>
      <main>
        <h1>Nog geen monitor</h1>
        <p>Er zijn nog geen gegevens van de Softwarecatalogus geïmporteerd.</p>
      </main>
    </Layout>,
  );
}

/** Home of someone who is only invited to regional sessions. */
export function invitationsPage(props: {
  viewer: Viewer;
  sessions: { id: string; name: string; date: string }[];
}): string {
  return renderPage(
    <Layout title="Uw regiosessies" viewer={props.viewer}>
      <main>
        <h1>Uw regiosessies</h1>
        {props.sessions.length === 0 ? (
          <p>U bent op dit moment niet uitgenodigd voor een open regiosessie.</p>
        ) : (
          <ul>
            {props.sessions.map((session) => (
              <li>
                <a href={`/regiosessie/${session.id}`}>
                  {session.name} ({formatShortDate(session.date)})
                </a>
              </li>
            ))}
          </ul>
        )}
      </main>
    </Layout>,
  );
}
