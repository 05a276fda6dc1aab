/**
 * The frame of every portal page: Dutch document, stylesheets from /static (the CSP allows no
 * inline style element and no script), a skip link, navigation by role and the logout form.
 */
import type { Child } from 'hono/jsx';
import type { Viewer } from '../context.ts';

export interface LayoutProps {
  title: string;
  viewer: Viewer | null;
  /** Defaults to the viewer's token. */
  csrfToken?: string;
  /** Also link the report's stylesheet (pages that embed a monitor). */
  reportStyles?: boolean;
  children?: Child;
}

interface NavLink {
  href: string;
  label: string;
}

function navLinks(viewer: Viewer): NavLink[] {
  const links: NavLink[] = [];
  if (viewer.municipalities.length > 0) {
    links.push({
      href: '/',
      label: viewer.municipalities.length > 1 ? 'Mijn gemeenten' : 'Mijn monitor',
    });
  } else if (!viewer.seesAll) {
    links.push({ href: '/', label: 'Mijn regiosessies' });
  }
  if (viewer.seesAll) {
    links.push(
      { href: '/team', label: 'Alle gemeenten' },
      { href: '/team/landelijk', label: 'Landelijk overzicht' },
      { href: '/team/imports', label: 'Imports' },
      { href: '/team/regiosessies', label: 'Regiosessies' },
      { href: '/team/levering', label: 'Levering' },
      { href: '/team/api-tokens', label: 'API-tokens' },
    );
  }
  if (viewer.roles.includes('admin')) {
    links.push(
      { href: '/beheer/team', label: 'Team en rollen' },
      { href: '/beheer/audit', label: 'Auditlog' },
    );
  }
  return links;
}

function Header(props: { viewer: Viewer | null; csrfToken: string | undefined }) {
  const { viewer, csrfToken } = props;
  return (
    <header class="portal-header">
      <p class="portal-name">
        <a href="/">Monitor Doelgerichte Digitalisering</a>
      </p>
      {viewer ? (
        <nav aria-label="Hoofdmenu">
          <ul>
            {navLinks(viewer).map((link) => (
              <li>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
          <form method="post" action="/uitloggen" class="logout">
            <input type="hidden" name="_csrf" value={csrfToken ?? viewer.csrfToken} />
            <span class="who">{viewer.email}</span> <button type="submit">Uitloggen</button>
          </form>
        </nav>
      ) : null}
    </header>
  );
}

export function Layout(props: LayoutProps) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} – Monitor Doelgerichte Digitalisering`}</title>
        {props.reportStyles ? <link rel="stylesheet" href="/static/report.css" /> : null}
        <link rel="stylesheet" href="/static/portal.css" />
      </head>
      <body>
        <a class="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <Header viewer={props.viewer} csrfToken={props.csrfToken} />
        <div id="inhoud" class="portal-content">
          {props.children}
        </div>
      </body>
    </html>
  );
}

/** A page as the HTML string a route returns. */
export function renderPage(page: ReturnType<typeof Layout>): string {
  return `<!DOCTYPE html>\n${String(page)}`;
}
