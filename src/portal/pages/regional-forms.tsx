/**
 * The team's pages for regional sessions: the list with a form to create one, and one
 * session's page to change or close it.
 */
import { formatShortDate } from '../../report/format.ts';
import type { Viewer } from '../context.ts';
import type { RegionalSession } from '../regional.ts';
import { Layout, renderPage } from './layout.tsx';
import { formatMoment, TeamStyles } from './team-parts.tsx';

/** The form's text as typed, so a refused form comes back filled in. */
export interface SessionFormValues {
  name: string;
  date: string;
  municipalities: string;
  invites: string;
}

export const EMPTY_FORM: SessionFormValues = {
  name: '',
  date: '',
  municipalities: '',
  invites: '',
};

export function formValuesOf(session: RegionalSession): SessionFormValues {
  return {
    name: session.name,
    date: formatShortDate(session.date),
    municipalities: session.municipalities.join('\n'),
    invites: session.invites.join('\n'),
  };
}

function Errors(props: { errors: string[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="message-error" role="alert">
      <p>Het formulier is niet opgeslagen:</p>
      <ul>
        {props.errors.map((error) => (
          <li>{error}</li>
        ))}
      </ul>
    </div>
  );
}

function SessionForm(props: {
  viewer: Viewer;
  action: string;
  values: SessionFormValues;
  submit: string;
}) {
  const { values } = props;
  return (
    <form method="post" action={props.action} class="portal-panel">
      <input type="hidden" name="_csrf" value={props.viewer.csrfToken} />
      <div class="form-field">
        <label for="naam">Naam</label>
        <input type="text" id="naam" name="naam" value={values.name} required maxlength={200} />
      </div>
      <div class="form-field">
        <label for="datum">Datum</label>
        <p class="form-hint" id="datum-hint">
          Zoals 14-3-2017.
        </p>
        <input
          type="text"
          id="datum"
          name="datum"
          value={values.date}
          aria-describedby="datum-hint"
          required
        />
      </div>
      <div class="form-field">
        <label for="gemeenten">Deelnemende gemeenten</label>
        <p class="form-hint" id="gemeenten-hint">
          Eén per regel: een gemeentecode (GM0441) of de naam van de gemeente.
        </p>
        <textarea id="gemeenten" name="gemeenten" aria-describedby="gemeenten-hint" required>
          {values.municipalities}
        </textarea>
      </div>
      <div class="form-field">
        <label for="uitgenodigden">Uitgenodigde e-mailadressen</label>
        <p class="form-hint" id="uitgenodigden-hint">
          Eén per regel. Alleen deze adressen zien de sessie, zolang die open is.
        </p>
        <textarea id="uitgenodigden" name="uitgenodigden" aria-describedby="uitgenodigden-hint">
          {values.invites}
        </textarea>
      </div>
      <button type="submit">{props.submit}</button>
    </form>
  );
}

const STATUS_TEXT = { open: 'Open', closed: 'Gesloten' } as const;

function SessionList(props: { sessions: RegionalSession[] }) {
  if (props.sessions.length === 0) return <p>Er zijn nog geen regiosessies.</p>;
  return (
    <table class="team-table">
      <caption>Regiosessies, open sessies eerst</caption>
      <thead>
        <tr>
          <th scope="col">Naam</th>
          <th scope="col">Datum</th>
          <th scope="col">Status</th>
          <th scope="col">Gemeenten</th>
          <th scope="col">Uitgenodigd</th>
        </tr>
      </thead>
      <tbody>
        {props.sessions.map((s) => (
          <tr>
            <th scope="row">
              <a href={`/team/regiosessies/${s.id}`}>{s.name}</a>
            </th>
            <td>{formatShortDate(s.date)}</td>
            <td>{STATUS_TEXT[s.status]}</td>
            <td>{s.municipalities.length}</td>
            <td>{s.invites.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function sessionListPage(props: {
  viewer: Viewer;
  sessions: RegionalSession[];
  values: SessionFormValues;
  errors: string[];
}): string {
  return renderPage(
    <Layout title="Regiosessies" viewer={props.viewer}>
      <TeamStyles />
      <main>
        <h1>Regiosessies</h1>
        <p>
          In een regiosessie zien de uitgenodigden de monitors van de deelnemende gemeenten naast
          elkaar, thema voor thema. Na het sluiten kunnen zij de sessie niet meer openen.
        </p>
        <SessionList sessions={props.sessions} />
        <h2>Nieuwe regiosessie</h2>
        <Errors errors={props.errors} />
        <SessionForm
          viewer={props.viewer}
          action="/team/regiosessies"
          values={props.values}
          submit="Regiosessie aanmaken"
        />
      </main>
    </Layout>,
  );
}

export function sessionEditPage(props: {
  viewer: Viewer;
  session: RegionalSession;
  names: Map<string, string>;
  values: SessionFormValues;
  errors: string[];
  baseUrl: string;
}): string {
  const { session, viewer } = props;
  const link = `${props.baseUrl.replace(/\/$/, '')}/regiosessie/${session.id}`;
  return renderPage(
    <Layout title={`Regiosessie ${session.name}`} viewer={viewer}>
      <TeamStyles />
      <main>
        <h1>Regiosessie {session.name}</h1>
        <p>
          {formatShortDate(session.date)}, status: {STATUS_TEXT[session.status]}. Aangemaakt door{' '}
          {session.createdBy} op {formatMoment(session.createdAt)}
          {session.closedAt ? `, gesloten op ${formatMoment(session.closedAt)}` : ''}.
        </p>
        <p>
          Link voor de uitgenodigden: <a href={`/regiosessie/${session.id}`}>{link}</a>
        </p>
        <h2>Deelnemers</h2>
        <ul>
          {session.municipalities.map((code) => (
            <li>
              {props.names.get(code) ?? code} ({code})
            </li>
          ))}
        </ul>
        {session.status === 'open' ? (
          <>
            <h2>Wijzigen</h2>
            <Errors errors={props.errors} />
            <SessionForm
              viewer={viewer}
              action={`/team/regiosessies/${session.id}`}
              values={props.values}
              submit="Wijzigingen opslaan"
            />
            <h2>Sluiten</h2>
            <form
              method="post"
              action={`/team/regiosessies/${session.id}/sluiten`}
              class="portal-panel"
            >
              <input type="hidden" name="_csrf" value={viewer.csrfToken} />
              <p>Na het sluiten kunnen de uitgenodigden deze sessie niet meer openen.</p>
              <button type="submit">Regiosessie sluiten</button>
            </form>
          </>
        ) : (
          <p>Deze regiosessie is gesloten en kan niet meer worden gewijzigd.</p>
        )}
        <p>
          <a href="/team/regiosessies">Terug naar alle regiosessies</a>
        </p>
      </main>
    </Layout>,
  );
}
