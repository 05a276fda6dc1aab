/**
 * API tokens for the monitor team: made with a name and an expiry, shown once, stored only as
 * a sha256 hash, revoked (never deleted) by the team. A token is good while it is neither
 * revoked nor expired; what it may see is decided at each call from its owner's access.
 */
import { randomSecret, sha256Hex } from '../portal/auth/secrets.ts';
import type { Store } from '../store/open.ts';

/** The prefix makes a leaked token recognisable to secret scanners and to people. */
const PREFIX = 'mdd_';
const TOKEN_PATTERN = /^mdd_[A-Za-z0-9_-]{43}$/;

/** Choices of validity on the team page, in days. */
export const VALIDITY_DAYS = [30, 90, 180, 365] as const;
export type ValidityDays = (typeof VALIDITY_DAYS)[number];

export interface ApiToken {
  id: number;
  name: string;
  owner: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface NewApiToken {
  name: string;
  owner: string;
  validityDays: ValidityDays;
  now: Date;
}

/** Stores a new token and returns it with its one and only readable copy of the secret. */
export async function createApiToken(
  store: Store,
  input: NewApiToken,
): Promise<{ token: string; record: ApiToken }> {
  const token = `${PREFIX}${randomSecret()}`;
  const expires = new Date(input.now.getTime() + input.validityDays * 86_400_000);
  const row = await store.db
    .insertInto('api_tokens')
    .values({
      token_hash: sha256Hex(token),
      name: input.name,
      owner: input.owner,
      created_at: input.now.toISOString(),
      expires_at: expires.toISOString(),
      last_used_at: null,
      revoked_at: null,
      revoked_by: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { token, record: toApiToken(row) };
}

/** Every token, newest first (revoked and expired ones too: the team sees the history). */
export async function listApiTokens(store: Store): Promise<ApiToken[]> {
  const rows = await store.db.selectFrom('api_tokens').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toApiToken);
}

/** Revokes token `id`; returns it, or null when there is no such token or it was revoked. */
export async function revokeApiToken(
  store: Store,
  id: number,
  by: string,
  now: Date,
): Promise<ApiToken | null> {
  const updated = await store.db
    .updateTable('api_tokens')
    .set({ revoked_at: now.toISOString(), revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return updated ? toApiToken(updated) : null;
}

/**
 * The token behind `given` when it is live at `now` (and notes its use); null for a malformed,
 * unknown, revoked or expired token alike.
 */
export async function useApiToken(
  store: Store,
  given: string,
  now: Date,
): Promise<ApiToken | null> {
  if (!TOKEN_PATTERN.test(given)) return null;
  const row = await store.db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', sha256Hex(given))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.expires_at <= now.toISOString()) return null;
  await store.db
    .updateTable('api_tokens')
    .set({ last_used_at: now.toISOString() })
    .where('id', '=', row.id)
    .execute();
  return toApiToken({ ...row, last_used_at: now.toISOString() });
}

export function isLive(token: ApiToken, now: Date): boolean {
  return token.revokedAt === null && token.expiresAt > now.toISOString();
}

function toApiToken(row: {
  id: number;
  name: string;
  owner: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}): ApiToken {
  return {
    id: Number(row.id),
    name: row.name,
    owner: row.owner,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}
