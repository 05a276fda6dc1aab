/**
 * Server-side sessions. The cookie holds a random id; the store keeps its sha256, the address,
 * a CSRF token and the expiry, so logging out or expiring ends the session on the server.
 */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { PortalEnv, PortalRuntime } from '../context.ts';
import { randomSecret, sha256Hex } from './secrets.ts';

export const SESSION_COOKIE = 'mdd_session';

export interface SessionRecord {
  sessionId: string;
  email: string;
  csrfToken: string;
}

/** A new session for `email`; always a fresh id, whatever cookie came in (no fixation). */
export async function startSession(
  c: Context<PortalEnv>,
  runtime: PortalRuntime,
  email: string,
): Promise<SessionRecord> {
  await dropServerSession(c, runtime);
  const sessionId = randomSecret();
  const csrfToken = randomSecret();
  const now = runtime.now();
  const expires = new Date(now.getTime() + runtime.config.sessionTtlHours * 3_600_000);
  await runtime.store.db
    .insertInto('sessions')
    .values({
      id_hash: sha256Hex(sessionId),
      email,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
    })
    .execute();
  setCookie(c, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    // Strict would drop the cookie when someone arrives from a link in a mail.
    sameSite: 'Lax',
    secure: runtime.config.secureCookies,
    path: '/',
    maxAge: runtime.config.sessionTtlHours * 3600,
  });
  return { sessionId, email, csrfToken };
}

/** The live session the request's cookie names, or null (unknown, expired or logged out). */
export async function readSession(
  c: Context<PortalEnv>,
  runtime: PortalRuntime,
): Promise<SessionRecord | null> {
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (!sessionId || sessionId.length > 200) return null;
  const row = await runtime.store.db
    .selectFrom('sessions')
    .select(['email', 'csrf_token'])
    .where('id_hash', '=', sha256Hex(sessionId))
    .where('expires_at', '>', runtime.now().toISOString())
    .executeTakeFirst();
  return row ? { sessionId, email: row.email, csrfToken: row.csrf_token } : null;
}

/** Deletes the request's session on the server and clears the cookie. */
export async function endSession(c: Context<PortalEnv>, runtime: PortalRuntime): Promise<void> {
  await dropServerSession(c, runtime);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: runtime.config.secureCookies });
}

/** Deletes the session the cookie names (if any) and every expired one. */
async function dropServerSession(c: Context<PortalEnv>, runtime: PortalRuntime): Promise<void> {
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (sessionId) {
    await runtime.store.db
      .deleteFrom('sessions')
      .where('id_hash', '=', sha256Hex(sessionId))
      .execute();
  }
  // Expired sessions are removed now and then rather than by a separate job.
  await runtime.store.db
    .deleteFrom('sessions')
    .where('expires_at', '<=', runtime.now().toISOString())
    .execute();
}
