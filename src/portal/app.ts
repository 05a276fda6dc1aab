/**
 * The portal: one hono app with security headers, sessions, CSRF checks, the Dutch error
 * pages and every route. `createPortal` needs no port, so tests call `app.request()`.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { apiRoutes } from '../api/routes.ts';
import { apiTokenRoutes } from '../api/token-routes.ts';
import { deliveryTeamRoutes, requestRoutes, unsubscribeRoutes } from '../delivery/portal/routes.ts';
import { REPORT_STYLESHEET } from '../report/html/index.tsx';
import { accessFor } from './access.ts';
import { csrfProtection } from './auth/csrf.ts';
import { readSession } from './auth/sessions.ts';
import type { PortalDeps, PortalEnv, PortalRuntime, Viewer } from './context.ts';
import { contentSecurityPolicy } from './csp.ts';
import { nationalRoutes } from './national/routes.ts';
import { errorPage } from './pages/error.tsx';
import { createSharedPrinter } from './printer.ts';
import { adminTeamRoutes } from './routes/admin-team.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes, DEFAULT_LINK_LIMITS } from './routes/auth.ts';
import { explanationRoutes } from './routes/explanations.ts';
import { importRoutes } from './routes/imports.ts';
import { monitorRoutes } from './routes/monitor.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { teamRoutes } from './routes/team.ts';

export type { PortalConfig, PortalDeps, PortalEnv } from './context.ts';

const PORTAL_STYLESHEET = readFileSync(new URL('./static/portal.css', import.meta.url), 'utf8');

/** Room for the form fields around an upload of `maxUploadBytes`. */
const FORM_OVERHEAD_BYTES = 1024 * 1024;

export function createPortal(deps: PortalDeps): Hono<PortalEnv> {
  const app = new Hono<PortalEnv>();
  const runtime: PortalRuntime = {
    ...deps,
    now: deps.now ?? (() => new Date()),
    printer: deps.printer ?? createSharedPrinter(),
  };
  app.use(secureHeaders(SECURITY_HEADERS));
  app.use(async (c, next) => {
    c.set('portal', runtime);
    c.set('viewer', null);
    await next();
    // Pages and downloads are personal: no shared or browser cache keeps them.
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
    if (!c.res.headers.has('content-security-policy')) {
      c.header('content-security-policy', contentSecurityPolicy());
    }
  });
  app.use(
    bodyLimit({
      maxSize: deps.config.maxUploadBytes + FORM_OVERHEAD_BYTES,
      onError: (c) =>
        c.html(
          errorPage({
            title: 'Bestand te groot',
            message: 'Wat u verstuurde is groter dan is toegestaan.',
            viewer: null,
          }),
          413,
        ),
    }),
  );
  app.use(async (c, next) => {
    // Stylesheets are the same for everyone: no session lookup for them.
    if (!c.req.path.startsWith('/static/')) {
      c.set('viewer', await viewerOf(runtime, await readSession(c, runtime)));
    }
    await next();
  });
  // Read-only JSON API before the CSRF check, so it answers every method in JSON itself.
  app.route('/api', apiRoutes());
  app.use(csrfProtection());

  app.get('/static/report.css', (c) => c.body(REPORT_STYLESHEET, 200, CSS_HEADERS));
  app.get('/static/portal.css', (c) => c.body(PORTAL_STYLESHEET, 200, CSS_HEADERS));
  // Browsers ask for it on every site; an empty answer keeps their consoles free of 404s.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.route('/', authRoutes(deps.config.linkLimits ?? DEFAULT_LINK_LIMITS));
  app.route('/', monitorRoutes());
  app.route('/', explanationRoutes());
  app.route('/', teamRoutes);
  app.route('/', nationalRoutes);
  app.route('/', importRoutes);
  app.route('/', sessionRoutes);
  app.route('/', auditRoutes);
  app.route('/', requestRoutes());
  app.route('/', deliveryTeamRoutes());
  app.route('/', unsubscribeRoutes());
  app.route('/', adminTeamRoutes);
  app.route('/', apiTokenRoutes);

  app.notFound((c) =>
    c.html(
      errorPage({
        title: 'Pagina niet gevonden',
        message: 'Deze pagina bestaat niet, of u hebt er geen toegang toe.',
        viewer: c.get('viewer') ?? null,
      }),
      404,
    ),
  );
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error(`portal: ${c.req.method} ${c.req.path}: ${error.message}`);
    return c.html(serverErrorPage(), 500);
  });
  return app;
}

/** The Dutch 500 page; plain text when even the page template fails. */
function serverErrorPage(): string {
  const message = 'Er ging iets mis aan onze kant. Probeer het later opnieuw.';
  try {
    return errorPage({ title: 'Er ging iets mis', message, viewer: null });
  } catch {
    return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Er ging iets mis</title></head><body><h1>Er ging iets mis</h1><p>${message}</p></body></html>`;
  }
}

/** The viewer behind a live session; null when the address lost all access meanwhile. */
async function viewerOf(
  runtime: PortalRuntime,
  session: Awaited<ReturnType<typeof readSession>>,
): Promise<Viewer | null> {
  if (!session) return null;
  const access = await accessFor(runtime.store, session.email);
  if (!access) return null;
  return {
    email: session.email,
    ...access,
    sessionId: session.sessionId,
    csrfToken: session.csrfToken,
  };
}

const CSS_HEADERS = {
  'content-type': 'text/css; charset=utf-8',
  'cache-control': 'public, max-age=3600',
};

/** The CSP is set by the first middleware instead, so a page can allow its charts' styles. */
const SECURITY_HEADERS = {
  referrerPolicy: 'no-referrer',
  xContentTypeOptions: 'nosniff',
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
} as const;
