/**
 * The portal: one hono app with security headers, sessions, CSRF checks, the Dutch error
 * pages and every route. `createPortal` needs no port, so tests call `app.request()`.
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { REPORT_STYLESHEET } from '../report/html/index.tsx';
import type { PortalDeps, PortalEnv } from './context.ts';
import { errorPage } from './pages/error.tsx';

export type { PortalConfig, PortalDeps, PortalEnv } from './context.ts';

const PORTAL_STYLESHEET = readFileSync(new URL('./static/portal.css', import.meta.url), 'utf8');

export function createPortal(deps: PortalDeps): Hono<PortalEnv> {
  const app = new Hono<PortalEnv>();
  const runtime = { ...deps, now: deps.now ?? (() => new Date()) };
  app.use(secureHeaders(SECURITY_HEADERS));
  app.use(async (c, next) => {
    c.set('portal', runtime);
    c.set('viewer', null);
    await next();
  });
  app.get('/static/report.css', (c) => c.body(REPORT_STYLESHEET, 200, CSS_HEADERS));
  app.get('/static/portal.css', (c) => c.body(PORTAL_STYLESHEET, 200, CSS_HEADERS));
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
    return c.html(
      errorPage({
        title: 'Er ging iets mis',
        message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
        viewer: null,
      }),
      500,
    );
  });
  return app;
}

const CSS_HEADERS = {
  'content-type': 'text/css; charset=utf-8',
  'cache-control': 'public, max-age=3600',
};

const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    scriptSrc: ["'none'"],
    imgSrc: ["'self'", 'data:'],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    baseUri: ["'none'"],
  },
  referrerPolicy: 'no-referrer',
  xContentTypeOptions: 'nosniff',
  xFrameOptions: 'DENY',
  crossOriginResourcePolicy: 'same-origin',
};
