/**
 * Subscribers: who receives a municipality's monitor each quarter, and the unsubscribe links
 * mailed to them. A link's token is stored only as a sha256 hash; each mail gets its own
 * token, so every link ever mailed keeps working.
 */
import { normalizeEmail } from '../portal/access.ts';
import { randomSecret, sha256Hex } from '../portal/auth/secrets.ts';
import { findImportInForce } from '../store/imports.ts';
import type { Store } from '../store/open.ts';
import { DeliveryError } from './quarter.ts';
import { deliveryDb, type SubscriberSource } from './schema.ts';

export interface Subscriber {
  municipality: string;
  email: string;
  source: SubscriberSource;
  createdAt: string;
}

/** Subscribes `email` to `code`; true when it was new (an existing subscription stays). */
export async function addSubscriber(
  store: Store,
  code: string,
  emailText: string,
  source: SubscriberSource,
  at: Date = new Date(),
): Promise<boolean> {
  const email = normalizeEmail(emailText);
  if (!email) throw new DeliveryError(`"${emailText}" is geen geldig e-mailadres.`);
  const result = await deliveryDb(store)
    .insertInto('subscribers')
    .values({ municipality_code: code, email, source, created_at: at.toISOString() })
    .onConflict((oc) => oc.columns(['municipality_code', 'email']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Ends a subscription; false when there was none. */
export async function removeSubscriber(store: Store, code: string, email: string) {
  const result = await deliveryDb(store)
    .deleteFrom('subscribers')
    .where('municipality_code', '=', code)
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every subscriber, or those of one municipality, by municipality and address. */
export async function listSubscribers(store: Store, code?: string): Promise<Subscriber[]> {
  let query = deliveryDb(store).selectFrom('subscribers').selectAll();
  if (code !== undefined) query = query.where('municipality_code', '=', code);
  const rows = await query.orderBy('municipality_code').orderBy('email').execute();
  return rows.map((row) => ({
    municipality: row.municipality_code,
    email: row.email,
    source: row.source,
    createdAt: row.created_at,
  }));
}

/** The catalogue administrators named in the latest catalogue profiles, by municipality. */
export async function catalogueAdministrators(store: Store): Promise<Map<string, string>> {
  const profiles = await findImportInForce(store.db, 'gemeente_profielen');
  const admins = new Map<string, string>();
  if (!profiles) return admins;
  const rows = await store.db
    .selectFrom('catalogue_profiles')
    .select(['municipality', 'administrator_email'])
    .where('import_id', '=', profiles.id)
    .where('administrator_email', 'is not', null)
    .execute();
  for (const row of rows) {
    const email = normalizeEmail(row.administrator_email ?? '');
    if (email) admins.set(row.municipality, email);
  }
  return admins;
}

/** A fresh unsubscribe token for one mail to `email` about `code`. */
export async function createUnsubscribeToken(
  store: Store,
  code: string,
  email: string,
  at: Date,
): Promise<string> {
  const token = randomSecret();
  await deliveryDb(store)
    .insertInto('unsubscribe_tokens')
    .values({
      token_hash: sha256Hex(token),
      municipality_code: code,
      email,
      created_at: at.toISOString(),
    })
    .execute();
  return token;
}

/** The subscription a link's token names, or null for an unknown token. */
export async function subscriptionOfToken(
  store: Store,
  token: string,
): Promise<{ municipality: string; email: string } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await deliveryDb(store)
    .selectFrom('unsubscribe_tokens')
    .select(['municipality_code', 'email'])
    .where('token_hash', '=', sha256Hex(token))
    .executeTakeFirst();
  return row ? { municipality: row.municipality_code, email: row.email } : null;
}

/** Unsubscribes and remembers it, so no automatic subscription brings the address back. */
export async function unsubscribe(store: Store, code: string, email: string, at: Date) {
  const removed = await removeSubscriber(store, code, email);
  await deliveryDb(store)
    .insertInto('subscription_opt_outs')
    .values({ municipality_code: code, email, at: at.toISOString() })
    .onConflict((oc) => oc.columns(['municipality_code', 'email']).doNothing())
    .execute();
  return removed;
}

/** A new request (or the team adding the address) outweighs an earlier unsubscribe. */
export async function clearOptOut(store: Store, code: string, email: string): Promise<void> {
  await deliveryDb(store)
    .deleteFrom('subscription_opt_outs')
    .where('municipality_code', '=', code)
    .where('email', '=', email)
    .execute();
}

/** The catalogue administrators by municipality, leaving out those who unsubscribed. */
export async function subscribableAdministrators(store: Store): Promise<Map<string, string>> {
  const admins = await catalogueAdministrators(store);
  const optOuts = await deliveryDb(store)
    .selectFrom('subscription_opt_outs')
    .select(['municipality_code', 'email'])
    .execute();
  for (const { municipality_code, email } of optOuts) {
    if (admins.get(municipality_code) === email) admins.delete(municipality_code);
  }
  return admins;
}
