/**
 * `/team/api-tokens`: the team's API tokens (live, expired and revoked), a form to make one
 * and a button to revoke each live one. A new token is shown once, on the page that made it.
 */
import type { Viewer } from '../portal/context.ts';
import { Layout, renderPage } from '../portal/pages/layout.tsx';
import { formatMoment } from '../portal/pages/team-parts.tsx';
import { type ApiToken, isLive, VALIDITY_DAYS } from './tokens.ts';

export interface TokenPageProps {
  viewer: Viewer;
  tokens: ApiToken[];
  now: Date;
  /** The secret of the token just made: shown this once. */
  created?: { name: string; token: string };
  message?: string;
  error?: string;
}

export function tokenPage(props: TokenPageProps): string {
  const { viewer } = props;
  return renderPage(
    <Layout title="API-tokens" viewer={viewer}>
      <main>
        <h1>API-tokens</h1>
        <p>
          Met een API-token haalt software van het monitorteam de cijfers van alle gemeenten op uit
          de open-data-API (<a href="/api/openapi.json">beschrijving van de API</a>). Stuur de token
          mee als <code>Authorization: Bearer &lt;token&gt;</code>. Een token werkt zolang hij niet
          verlopen of ingetrokken is en de maker op de teamlijst staat.
        </p>
        {props.created ? <CreatedToken {...props.created} /> : null}
        {props.message ? (
          <p class="portal-panel" role="status">
            {props.message}
          </p>
        ) : null}
        {props.error ? (
          <p class="portal-panel form-error" role="alert">
            {props.error}
          </p>
        ) : null}
        <TokenTable tokens={props.tokens} viewer={viewer} now={props.now} />
        <h2>Nieuwe token</h2>
        <form method="post" action="/team/api-tokens" class="portal-panel">
          <input type="hidden" name="_csrf" value={viewer.csrfToken} />
          <label for="name">Naam (waarvoor is de token?)</label>
          <input type="text" id="name" name="name" required maxlength={80} autocomplete="off" />
          <label for="days">Geldig</label>
          <select id="days" name="days">
            {VALIDITY_DAYS.map((days) => (
              <option value={String(days)} selected={days === 90}>
                {days} dagen
              </option>
            ))}
          </select>{' '}
          <button type="submit">Token maken</button>
        </form>
      </main>
    </Layout>,
  );
}

function CreatedToken(props: { name: string; token: string }) {
  return (
    <div class="portal-panel" role="status">
      <p>
        De token <strong>{props.name}</strong> is gemaakt. Kopieer hem nu: hij wordt niet bewaard en
        is hierna niet meer te zien.
      </p>
      <p>
        <label for="new-token">Token</label>
        <input type="text" id="new-token" readonly value={props.token} size={60} />
      </p>
    </div>
  );
}

function TokenTable(props: { tokens: ApiToken[]; viewer: Viewer; now: Date }) {
  if (props.tokens.length === 0) return <p>Er zijn nog geen API-tokens.</p>;
  return (
    <table>
      <caption>API-tokens</caption>
      <thead>
        <tr>
          <th scope="col">Naam</th>
          <th scope="col">Gemaakt door</th>
          <th scope="col">Gemaakt</th>
          <th scope="col">Geldig tot</th>
          <th scope="col">Laatst gebruikt</th>
          <th scope="col">Status</th>
          <th scope="col">Actie</th>
        </tr>
      </thead>
      <tbody>
        {props.tokens.map((token) => (
          <tr>
            <th scope="row">{token.name}</th>
            <td>{token.owner}</td>
            <td>{formatMoment(token.createdAt)}</td>
            <td>{formatMoment(token.expiresAt)}</td>
            <td>{token.lastUsedAt ? formatMoment(token.lastUsedAt) : 'nooit'}</td>
            <td>{status(token, props.now)}</td>
            <td>
              {isLive(token, props.now) ? (
                <form method="post" action="/team/api-tokens/intrekken">
                  <input type="hidden" name="_csrf" value={props.viewer.csrfToken} />
                  <input type="hidden" name="id" value={String(token.id)} />
                  <button type="submit" aria-label={`Token ${token.name} intrekken`}>
                    Intrekken
                  </button>
                </form>
              ) : (
                '–'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function status(token: ApiToken, now: Date): string {
  if (token.revokedAt) {
    return `Ingetrokken op ${formatMoment(token.revokedAt)} door ${token.revokedBy ?? 'onbekend'}`;
  }
  return isLive(token, now) ? 'Actief' : 'Verlopen';
}
