/**
 * What every route knows about the request: the signed-in viewer (or null) and the portal's
 * dependencies; and the guards routes use to refuse access with a Dutch page.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { HelpEntry } from '../report/model.ts';
import type { Store } from '../store/open.ts';
import { rememberReturnPath } from './auth/return-path.ts';
import type { Mailer } from './mail.ts';
import { errorPage } from './pages/error.tsx';
import type { SharedPrinter } from './printer.ts';

export interface PortalConfig {
  /** Where users reach the portal, e.g. https://monitor.example.nl; links in mails start here. */
  baseUrl: string;
  secureCookies: boolean;
  /** How long a sign-in link stays valid (15). */
  loginTtlMinutes: number;
  sessionTtlHours: number;
  maxUploadBytes: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Sign-in link requests allowed per address and per client in a window (5, 20, 15). */
  linkLimits?: LinkLimits;
}

export interface LinkLimits {
  perAddress: number;
  perClient: number;
  windowMinutes: number;
}

export interface PortalDeps {
  store: Store;
  mailer: Mailer;
  config: PortalConfig;
  /** The clock; tests inject one to expire links and sessions. */
  now?: () => Date;
  help?: HelpEntry[];
  /** Prints PDF downloads; the server passes one and closes it on stop. */
  printer?: SharedPrinter;
}

export type Role = 'staff' | 'catalogue-admin' | 'team' | 'admin';

export interface Viewer {
  email: string;
  roles: Role[];
  /** Codes this viewer may see; empty for team and admin, who see all. */
  municipalities: string[];
  seesAll: boolean;
  sessionId: string;
  csrfToken: string;
}

/** Deps with the clock filled in, as routes read them from the context. */
export interface PortalRuntime extends PortalDeps {
  now: () => Date;
  printer: SharedPrinter;
}

export type PortalEnv = { Variables: { viewer: Viewer | null; portal: PortalRuntime } };

export type PortalContext = Context<PortalEnv>;

/** The signed-in viewer; otherwise stops with a redirect to /inloggen (pages) or 401 (fetch). */
export function requireViewer(c: PortalContext): Viewer {
  const viewer = c.get('viewer');
  if (viewer) return viewer;
  const wantsPage = (c.req.header('accept') ?? 'text/html').includes('text/html');
  if (wantsPage && c.req.method === 'GET') {
    rememberReturnPath(c);
    throw new HTTPException(302, { res: c.redirect('/inloggen', 302) });
  }
  throw refusal(c, 401, 'Niet ingelogd', 'Log eerst in om deze pagina te zien.');
}

/** The viewer when they hold one of `roles`; otherwise stops with a Dutch 403 page. */
export function requireRole(c: PortalContext, ...roles: Role[]): Viewer {
  const viewer = requireViewer(c);
  if (viewer.roles.some((role) => roles.includes(role))) return viewer;
  throw refusal(c, 403, 'Geen toegang', 'U hebt geen toegang tot deze pagina.');
}

export function canSeeMunicipality(viewer: Viewer, code: string): boolean {
  return viewer.seesAll || viewer.municipalities.includes(code);
}

/** Stops with the Dutch 404 page: for unknown and for forbidden things alike. */
export function notFound(c: PortalContext): never {
  throw refusal(
    c,
    404,
    'Pagina niet gevonden',
    'Deze pagina bestaat niet, of u hebt er geen toegang toe.',
  );
}

/** An exception carrying a Dutch error page; the app's error handler returns it as is. */
export function refusal(
  c: PortalContext,
  status: ContentfulStatusCode,
  title: string,
  message: string,
): HTTPException {
  const viewer = c.get('viewer') ?? null;
  return new HTTPException(status, { res: c.html(errorPage({ title, message, viewer }), status) });
}
