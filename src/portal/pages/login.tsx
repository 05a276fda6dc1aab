/** The sign-in pages: ask for a link, the neutral answer, the confirm page, a dead link. */
import { Layout, renderPage } from './layout.tsx';

const TITLE = 'Inloggen';

export function loginPage(props: { formToken: string; email?: string; error?: string }): string {
  const describedBy = props.error ? 'email-fout' : 'email-uitleg';
  return renderPage(
    <Layout title={TITLE} viewer={null}>
      <main>
        <h1>Inloggen</h1>
        <p>
          De monitor is alleen toegankelijk voor medewerkers van gemeenten en het monitorteam. Vul
          uw werk-e-mailadres in; u ontvangt een link waarmee u inlogt.
        </p>
        <form method="post" action="/inloggen" class="portal-panel">
          <input type="hidden" name="_csrf" value={props.formToken} />
          <label for="email">Werk-e-mailadres</label>
          <p id="email-uitleg">Bijvoorbeeld naam@gemeente.nl</p>
          {props.error ? (
            <p id="email-fout" class="form-error">
              {props.error}
            </p>
          ) : null}
          <input
            type="email"
            id="email"
            name="email"
            autocomplete="email"
            required
            value={props.email ?? ''}
            aria-describedby={describedBy}
            aria-invalid={props.error ? 'true' : undefined}
          />{' '}
          <button type="submit">Stuur inloglink</button>
        </form>
      </main>
    </Layout>,
  );
}

/** The same answer for every address, known or not, within or over the limit. */
export function linkSentPage(ttlMinutes: number): string {
  return renderPage(
    <Layout title="Controleer uw e-mail" viewer={null}>
      <main>
        <h1>Controleer uw e-mail</h1>
        <p>
          Als dit adres toegang heeft tot de monitor, ontvangt u binnen enkele minuten een e-mail
          met een inloglink. De link is {ttlMinutes} minuten geldig en werkt één keer.
        </p>
        <p>
          Geen e-mail ontvangen? Kijk ook in uw map met ongewenste e-mail, of{' '}
          <a href="/inloggen">vraag een nieuwe link aan</a>.
        </p>
      </main>
    </Layout>,
  );
}

/** Opening the link shows this; only submitting it signs in (mail scanners do not submit). */
export function confirmPage(props: { token: string; formToken: string }): string {
  return renderPage(
    <Layout title={TITLE} viewer={null}>
      <main>
        <h1>Inloggen bevestigen</h1>
        <p>Klik op de knop om in te loggen op de Monitor Doelgerichte Digitalisering.</p>
        <form method="post" action="/inloggen/bevestigen">
          <input type="hidden" name="_csrf" value={props.formToken} />
          <input type="hidden" name="token" value={props.token} />
          <button type="submit">Inloggen</button>
        </form>
      </main>
    </Layout>,
  );
}

export function deadLinkPage(): string {
  return renderPage(
    <Layout title="Link verlopen" viewer={null}>
      <main>
        <h1>Deze link werkt niet meer</h1>
        <p>
          De inloglink is verlopen of al gebruikt. Een link is beperkt geldig en werkt één keer.
        </p>
        <p>
          <a href="/inloggen">Vraag een nieuwe inloglink aan</a>
        </p>
      </main>
    </Layout>,
  );
}

/** A client that tried too many links that do not work: it waits, whatever link it brings. */
export function tooManyLinksPage(windowMinutes: number): string {
  return renderPage(
    <Layout title="Te veel pogingen" viewer={null}>
      <main>
        <h1>Te veel ongeldige inloglinks</h1>
        <p>
          Vanaf dit adres zijn te veel inloglinks geprobeerd die niet werken. Probeer het over{' '}
          {windowMinutes} minuten opnieuw met de link uit uw nieuwste e-mail.
        </p>
      </main>
    </Layout>,
  );
}
