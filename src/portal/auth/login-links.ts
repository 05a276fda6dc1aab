/**
 * Single-use sign-in links. The mailed token is 32 random bytes; only its sha256 is stored.
 * Opening the link only shows a confirm page; submitting that page uses the token, once,
 * in one UPDATE that also checks it is unused and not expired.
 */
import type { PortalRuntime } from '../context.ts';
import { randomSecret, sha256Hex } from './secrets.ts';

/** Stores a new link for `email` and returns its token (for the mail only). */
export async function createLoginToken(runtime: PortalRuntime, email: string): Promise<string> {
  const token = randomSecret();
  const now = runtime.now();
  const expires = new Date(now.getTime() + runtime.config.loginTtlMinutes * 60_000);
  await runtime.store.db
    .insertInto('login_tokens')
    .values({
      token_hash: sha256Hex(token),
      email,
      created_at: now.toISOString(),
      expires_at: expires.toISOString(),
      used_at: null,
    })
    .execute();
  // Links older than a day are of no use to anyone; the table does not keep them.
  const dayAgo = new Date(now.getTime() - 24 * 3_600_000).toISOString();
  await runtime.store.db.deleteFrom('login_tokens').where('expires_at', '<', dayAgo).execute();
  return token;
}

/** Whether `token` could still sign in, without using it (for the confirm page). */
export async function isUsableToken(runtime: PortalRuntime, token: string): Promise<boolean> {
  if (!plausibleToken(token)) return false;
  const row = await runtime.store.db
    .selectFrom('login_tokens')
    .select('email')
    .where('token_hash', '=', sha256Hex(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', runtime.now().toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/** Uses `token` and returns its address; null when it is unknown, used or expired. */
export async function consumeLoginToken(
  runtime: PortalRuntime,
  token: string,
): Promise<string | null> {
  if (!plausibleToken(token)) return null;
  const now = runtime.now().toISOString();
  const hash = sha256Hex(token);
  const result = await runtime.store.db
    .updateTable('login_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  const row = await runtime.store.db
    .selectFrom('login_tokens')
    .select('email')
    .where('token_hash', '=', hash)
    .executeTakeFirst();
  return row?.email ?? null;
}

function plausibleToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
