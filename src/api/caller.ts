/**
 * Who calls the API: a portal session (the cookie, with the pages' own rules) or a team API
 * token (`Authorization: Bearer`). A token acts for its owner and only while the owner is on
 * the team, so removing someone from the team list also stops their tokens. Calls are counted
 * per caller, like the portal counts sign-in requests.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { accessFor } from '../portal/access.ts';
import { createRateLimiter } from '../portal/auth/rate-limit.ts';
import { sha256Hex } from '../portal/auth/secrets.ts';
import type { PortalEnv, Viewer } from '../portal/context.ts';
import { apiError, MESSAGES } from './errors.ts';
import { type ApiToken, useApiToken } from './tokens.ts';

export type ApiEnv = {
  Variables: PortalEnv['Variables'] & { apiToken: ApiToken | null };
};

export interface ApiLimits {
  /** Calls per caller in one window (600 a minute: ten a second, plenty for scripts). */
  perCaller: number;
  windowMinutes: number;
}

export const DEFAULT_API_LIMITS: ApiLimits = { perCaller: 600, windowMinutes: 1 };

/** Resolves the caller or answers 401; answers 429 past the limit. */
export function apiCaller(limits: ApiLimits = DEFAULT_API_LIMITS): MiddlewareHandler<ApiEnv> {
  const limiter = createRateLimiter(limits.perCaller, limits.windowMinutes);
  return async (c, next) => {
    const runtime = c.get('portal');
    const authorization = c.req.header('authorization');
    const session = c.get('viewer');
    // Counted per token, however the header spells it ("bearer", spaces around it): each
    // spelling of one token must not get a budget of its own.
    const key = authorization
      ? `token ${sha256Hex(bearerToken(authorization) ?? authorization)}`
      : session
        ? `session ${session.sessionId}`
        : `address ${clientAddress(c)}`;
    if (!limiter.allow(key, runtime.now())) {
      c.header('retry-after', String(limits.windowMinutes * 60));
      return apiError(c, 429, MESSAGES.tooMany);
    }
    c.set('apiToken', null);
    if (authorization !== undefined) {
      const viewer = await tokenViewer(c, authorization);
      if (!viewer) return unauthorized(c, 'invalid_token', MESSAGES.badToken);
      c.set('viewer', viewer);
    } else if (!session) {
      return unauthorized(c, null, MESSAGES.signIn);
    }
    await next();
  };
}

async function tokenViewer(
  c: Parameters<MiddlewareHandler<ApiEnv>>[0],
  authorization: string,
): Promise<Viewer | null> {
  const given = bearerToken(authorization);
  if (!given) return null;
  const { store, now } = c.get('portal');
  const token = await useApiToken(store, given, now());
  if (!token) return null;
  const access = await accessFor(store, token.owner);
  if (!access?.seesAll) return null;
  c.set('apiToken', token);
  return { email: token.owner, ...access, sessionId: '', csrfToken: '' };
}

/** The token of an `Authorization: Bearer <token>` header, or null for any other header. */
function bearerToken(authorization: string): string | null {
  return /^Bearer ([^\s]+)$/i.exec(authorization.trim())?.[1] ?? null;
}

function unauthorized(
  c: Parameters<MiddlewareHandler<ApiEnv>>[0],
  error: string | null,
  message: string,
): Response {
  c.header('www-authenticate', error ? `Bearer error="${error}"` : 'Bearer');
  return apiError(c, 401, message);
}

/** The client's address: the socket's, or X-Forwarded-For's first entry behind a proxy. */
function clientAddress(c: Parameters<MiddlewareHandler<ApiEnv>>[0]): string {
  if (c.get('portal').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'onbekend';
}
