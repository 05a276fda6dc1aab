/**
 * CSRF checks. With a session: every state-changing request carries the session's token in
 * the `_csrf` field or the `x-csrf-token` header. Without one (the two sign-in forms): the
 * request's Origin (or Referer) must be the portal's own host, or, when the browser sends
 * `Origin: null` (our no-referrer policy can make it do so), the form's `_csrf` must equal
 * the `mdd_form` cookie set with the form (double submit).
 */

import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type PortalContext, type PortalEnv, refusal } from '../context.ts';
import { readForm, textField } from '../form.ts';
import { randomSecret, sameSecret } from './secrets.ts';

export const FORM_COOKIE = 'mdd_form';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Paths whose POST comes before a session exists. */
export const SIGN_IN_PATHS = new Set(['/inloggen', '/inloggen/bevestigen']);

export function csrfProtection(): MiddlewareHandler<PortalEnv> {
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    if (SIGN_IN_PATHS.has(c.req.path)) {
      if (!(await signInRequestIsOurs(c))) throw csrfRefusal(c);
      return next();
    }
    const viewer = c.get('viewer');
    if (!viewer) throw csrfRefusal(c);
    const header = c.req.header('x-csrf-token');
    const given = header ?? (isForm(c) ? textField(await readForm(c), '_csrf') : '');
    if (!given || !sameSecret(given, viewer.csrfToken)) throw csrfRefusal(c);
    return next();
  };
}

/** The token for a sign-in form, from its cookie or freshly set. */
export function signInFormToken(c: PortalContext): string {
  const existing = getCookie(c, FORM_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomSecret();
  const { secureCookies } = c.get('portal').config;
  setCookie(c, FORM_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secureCookies,
    path: '/inloggen',
  });
  return token;
}

async function signInRequestIsOurs(c: PortalContext): Promise<boolean> {
  const ownHost = new URL(c.get('portal').config.baseUrl).host;
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') return hostOf(origin) === ownHost;
  const referer = c.req.header('referer');
  if (referer) return hostOf(referer) === ownHost;
  const cookie = getCookie(c, FORM_COOKIE);
  const field = isForm(c) ? textField(await readForm(c), '_csrf') : '';
  return Boolean(cookie && field && sameSecret(field, cookie));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

function isForm(c: PortalContext): boolean {
  const type = c.req.header('content-type') ?? '';
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type);
}

function csrfRefusal(c: PortalContext) {
  return refusal(
    c,
    403,
    'Verzoek geweigerd',
    'Dit verzoek kon niet worden gecontroleerd. Open de pagina opnieuw en probeer het nog eens.',
  );
}
