/**
 * The audit log page for administrators: newest first, filtered by action and municipality
 * with a plain GET form, in pages of a fixed size.
 */
import type { AuditRecord } from '../audit.ts';
import type { Viewer } from '../context.ts';
import { Layout, renderPage } from './layout.tsx';
import { formatMoment, TeamStyles } from './team-parts.tsx';

export interface AuditFilter {
  action: string | null;
  municipality: string | null;
  page: number;
}

export interface AuditPageProps {
  viewer: Viewer;
  entries: AuditRecord[];
  /** Every action in the log, for the filter. */
  actions: string[];
  filter: AuditFilter;
  total: number;
  pageSize: number;
}

function pageHref(filter: AuditFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.action !== null) params.set('actie', filter.action);
  if (filter.municipality !== null) params.set('gemeente', filter.municipality);
  params.set('pagina', String(page));
  return `/beheer/audit?${params.toString()}`;
}

function Filters(props: AuditPageProps) {
  const { filter, actions } = props;
  return (
    <form method="get" action="/beheer/audit" class="filters">
      <div>
        <label for="actie">Actie</label>
        <select id="actie" name="actie">
          <option value="">Alle acties</option>
          {actions.map((action) => (
            <option value={action} selected={action === filter.action}>
              {action}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="gemeente">Gemeentecode</label>
        <input type="text" id="gemeente" name="gemeente" value={filter.municipality ?? ''} />
      </div>
      <button type="submit">Filter</button>
    </form>
  );
}

function Pages(props: AuditPageProps) {
  const { filter, total, pageSize } = props;
  const last = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label="Pagina's van het auditlog">
      <ul class="pagination">
        {filter.page > 1 ? (
          <li>
            <a href={pageHref(filter, filter.page - 1)}>Vorige pagina</a>
          </li>
        ) : null}
        <li>
          Pagina {filter.page} van {last}
        </li>
        {filter.page < last ? (
          <li>
            <a href={pageHref(filter, filter.page + 1)}>Volgende pagina</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function Entries(props: { entries: AuditRecord[]; total: number }) {
  if (props.entries.length === 0) return <p>Geen regels gevonden.</p>;
  return (
    <table class="team-table audit">
      <caption>Auditlog, nieuwste eerst ({props.total} regels)</caption>
      <thead>
        <tr>
          <th scope="col">Wanneer</th>
          <th scope="col">Wie</th>
          <th scope="col">Actie</th>
          <th scope="col">Gemeente</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr>
            <th scope="row">{formatMoment(entry.at)}</th>
            <td>{entry.actor ?? '–'}</td>
            <td>{entry.action}</td>
            <td>{entry.municipality ?? '–'}</td>
            <td>{entry.detail ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function auditPage(props: AuditPageProps): string {
  return renderPage(
    <Layout title="Auditlog" viewer={props.viewer}>
      <TeamStyles />
      <main>
        <h1>Auditlog</h1>
        <p>
          Aanmeldingen, bekeken en gedownloade monitors, imports en regiosessies: wie, wat, wanneer.
        </p>
        <Filters {...props} />
        <Entries entries={props.entries} total={props.total} />
        <Pages {...props} />
      </main>
    </Layout>,
  );
}
