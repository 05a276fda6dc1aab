/**
 * `/team/levering`: subscribers per municipality (add, remove), the delivery log per
 * recipient, and the monitors held back from sending.
 */
import type { Viewer } from '../../portal/context.ts';
import { Layout, renderPage } from '../../portal/pages/layout.tsx';
import type { HeldMonitor, LoggedDelivery } from '../log.ts';
import type { Subscriber } from '../subscribers.ts';

const STATUS_WORDS: Record<LoggedDelivery['status'], string> = {
  pending: 'wacht op verzending',
  sent: 'verstuurd',
  refused: 'geweigerd',
  failed: 'mislukt',
};

const SOURCE_WORDS: Record<Subscriber['source'], string> = {
  request: 'zelf aangevraagd',
  'catalogue-admin': 'beheerder Softwarecatalogus',
  team: 'door het team',
};

export interface DeliveryPageProps {
  viewer: Viewer;
  subscribers: Subscriber[];
  names: Map<string, string>;
  deliveries: LoggedDelivery[];
  held: HeldMonitor[];
  notice?: string;
  error?: string;
}

export function deliveryPage(props: DeliveryPageProps): string {
  const { viewer } = props;
  return renderPage(
    <Layout title="Levering" viewer={viewer}>
      <main>
        <h1>Levering</h1>
        {props.notice ? <p class="portal-panel">{props.notice}</p> : null}
        {props.error ? <p class="form-error">{props.error}</p> : null}
        <HeldSection held={props.held} names={props.names} />
        <SubscriberSection {...props} />
        <LogSection deliveries={props.deliveries} names={props.names} />
      </main>
    </Layout>,
  );
}

function label(names: Map<string, string>, code: string): string {
  return `${names.get(code) ?? code} (${code})`;
}

function HeldSection(props: { held: HeldMonitor[]; names: Map<string, string> }) {
  return (
    <section aria-labelledby="tegengehouden">
      <h2 id="tegengehouden">Tegengehouden monitors</h2>
      {props.held.length === 0 ? (
        <p>Geen: alle gemaakte monitors konden worden verstuurd.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              <th scope="col">Kwartaal</th>
              <th scope="col">Reden</th>
              <th scope="col">Tijdstip (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {props.held.map((h) => (
              <tr>
                <td>{label(props.names, h.municipality)}</td>
                <td>{h.quarter}</td>
                <td>{h.reason}</td>
                <td>{h.createdAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SubscriberSection(props: DeliveryPageProps) {
  const { viewer, subscribers, names } = props;
  return (
    <section aria-labelledby="abonnees">
      <h2 id="abonnees">Abonnees</h2>
      <form method="post" action="/team/levering/abonnees" class="portal-panel">
        <input type="hidden" name="_csrf" value={viewer.csrfToken} />
        <label for="gemeente">Gemeentecode</label>{' '}
        <input id="gemeente" name="gemeente" required placeholder="GM0441" />{' '}
        <label for="email">E-mailadres</label>{' '}
        <input id="email" name="email" type="email" required />{' '}
        <button type="submit">Abonnee toevoegen</button>
      </form>
      {subscribers.length === 0 ? (
        <p>Er zijn nog geen abonnees.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Aangemeld</th>
              <th scope="col">Actie</th>
            </tr>
          </thead>
          <tbody>
            {subscribers.map((s) => (
              <tr>
                <td>{label(names, s.municipality)}</td>
                <td>{s.email}</td>
                <td>{SOURCE_WORDS[s.source]}</td>
                <td>
                  <form method="post" action="/team/levering/abonnees/verwijderen">
                    <input type="hidden" name="_csrf" value={viewer.csrfToken} />
                    <input type="hidden" name="gemeente" value={s.municipality} />
                    <input type="hidden" name="email" value={s.email} />
                    <button
                      type="submit"
                      aria-label={`${s.email} verwijderen bij ${s.municipality}`}
                    >
                      Verwijderen
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function LogSection(props: { deliveries: LoggedDelivery[]; names: Map<string, string> }) {
  return (
    <section aria-labelledby="verzendlog">
      <h2 id="verzendlog">Verzendlog</h2>
      {props.deliveries.length === 0 ? (
        <p>Er is nog niets verstuurd.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Gemeente</th>
              <th scope="col">Kwartaal</th>
              <th scope="col">E-mailadres</th>
              <th scope="col">Status</th>
              <th scope="col">Pogingen</th>
              <th scope="col">Melding</th>
              <th scope="col">Bijgewerkt (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {props.deliveries.map((d) => (
              <tr>
                <td>{label(props.names, d.municipality)}</td>
                <td>{d.quarter}</td>
                <td>{d.email}</td>
                <td>{STATUS_WORDS[d.status]}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError ?? ''}</td>
                <td>{d.updatedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
