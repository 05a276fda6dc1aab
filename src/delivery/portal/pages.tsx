/**
 * The delivery pages in the portal frame: requesting the monitor, the unsubscribe confirmation,
 * and the team's page with subscribers, the delivery log and held monitors.
 */

import type { Viewer } from '../../portal/context.ts';
import { Layout, renderPage } from '../../portal/pages/layout.tsx';

export function requestPage(props: {
  viewer: Viewer;
  code: string;
  name: string;
  subscribed: boolean;
  notice?: string;
}): string {
  const { viewer, code, name } = props;
  return renderPage(
    <Layout title={`Monitor aanvragen – ${name}`} viewer={viewer}>
      <main>
        <h1>Monitor aanvragen: {name}</h1>
        {props.notice ? <p class="portal-panel">{props.notice}</p> : null}
        <p>
          Elk kwartaal maken wij de monitor van {name} en sturen die als PDF naar de aangemelde
          medewerkers. In elke e-mail staat een link om u af te melden.
        </p>
        {props.subscribed ? (
          <p>
            U ontvangt de monitor van {name} op {viewer.email}.
          </p>
        ) : (
          <form method="post" action={`/aanvragen/${code}`}>
            <input type="hidden" name="_csrf" value={viewer.csrfToken} />
            <button type="submit">Monitor aanvragen voor {viewer.email}</button>
          </form>
        )}
        <p>
          <a href={`/gemeente/${code}`}>Terug naar de monitor</a>
        </p>
      </main>
    </Layout>,
  );
}

export function unsubscribePage(props: {
  token: string;
  formToken: string;
  email: string;
  name: string;
}): string {
  return renderPage(
    <Layout title="Afmelden" viewer={null}>
      <main>
        <h1>Afmelden</h1>
        <p>
          Wilt u de Monitor Doelgerichte Digitalisering van {props.name} niet meer ontvangen op{' '}
          {props.email}?
        </p>
        <form method="post" action="/afmelden">
          <input type="hidden" name="_csrf" value={props.formToken} />
          <input type="hidden" name="token" value={props.token} />
          <button type="submit">Afmelden</button>
        </form>
      </main>
    </Layout>,
  );
}

export function unsubscribedPage(props: { email: string; name: string }): string {
  return renderPage(
    <Layout title="Afgemeld" viewer={null}>
      <main>
        <h1>U bent afgemeld</h1>
        <p>
          {props.email} ontvangt de monitor van {props.name} niet meer. Wilt u hem later toch weer
          ontvangen? Vraag hem dan aan in het portaal.
        </p>
      </main>
    </Layout>,
  );
}

export function deadUnsubscribeLinkPage(): string {
  return renderPage(
    <Layout title="Link werkt niet" viewer={null}>
      <main>
        <h1>Deze afmeldlink werkt niet</h1>
        <p>
          De link is onvolledig of onbekend. Gebruik de link uit de laatste e-mail, of neem contact
          op met het monitorteam.
        </p>
      </main>
    </Layout>,
  );
}
