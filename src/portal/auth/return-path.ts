/**
 * Back to the page asked for: a shared or bookmarked address opened without a session leads
 * to the sign-in page and, after the link is confirmed in the same browser, to that address.
 * Kept in a short-lived cookie (not in the URL or the mail), and only ever a path on this
 * site, so it cannot send anyone elsewhere.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { PortalEnv } from '../context.ts';

export const RETURN_COOKIE = 'mdd_terug';
const COOKIE_PATH = '/inloggen';

/** A path on this site worth returning to; null for anything else. */
export function safeReturnPath(path: string | undefined): string | null {
  if (!path || path.length > 300) return null;
  if (!/^\/(?![/\\])[A-Za-z0-9\-._~/%?=&]*$/.test(path)) return null;
  if (path.startsWith('/inloggen') || path.startsWith('/uitloggen')) return null;
  return path;
}

export function rememberReturnPath(c: Context<PortalEnv>): void {
  const url = new URL(c.req.url);
  const path = safeReturnPath(`${url.pathname}${url.search}`);
  if (!path || path === '/') return;
  setCookie(c, RETURN_COOKIE, encodeURIComponent(path), {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('portal').config.secureCookies,
    path: COOKIE_PATH,
    maxAge: 30 * 60,
  });
}

/** The remembered path (once), else `/`. */
export function takeReturnPath(c: Context<PortalEnv>): string {
  const stored = getCookie(c, RETURN_COOKIE);
  if (stored === undefined) return '/';
  deleteCookie(c, RETURN_COOKIE, { path: COOKIE_PATH });
  let decoded: string | undefined;
  try {
    decoded = decodeURIComponent(stored);
  } catch {
    decoded = undefined;
  }
  return safeReturnPath(decoded) ?? '/';
}
