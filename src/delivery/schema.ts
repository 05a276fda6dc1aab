/**
 * The quarterly production's tables as Kysely sees them (migration 004-delivery). Times are
 * ISO text in UTC.
 */
import type { Generated, Kysely } from 'kysely';
import type { Store } from '../store/open.ts';

export type SubscriberSource = 'request' | 'catalogue-admin' | 'team';
export type DeliveryStatus = 'pending' | 'sent' | 'refused' | 'failed';

export type SubscribersTable = {
  id: Generated<number>;
  municipality_code: string;
  email: string;
  source: SubscriberSource;
  created_at: string;
};

export type UnsubscribeTokensTable = {
  /** sha256 (hex) of the token in a mailed link. */
  token_hash: string;
  municipality_code: string;
  email: string;
  created_at: string;
};

export type MonitorArchiveTable = {
  id: Generated<number>;
  municipality_code: string;
  reference_date: string;
  quarter: string;
  methodology_version: string;
  imports_json: string;
  model_json: string;
  html: string;
  pdf: Buffer;
  content_hash: string;
  created_at: string;
};

export type HeldMonitorsTable = {
  id: Generated<number>;
  municipality_code: string;
  quarter: string;
  reference_date: string;
  reason: string;
  created_at: string;
};

export type MailDeliveriesTable = {
  id: Generated<number>;
  archive_id: number;
  email: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  updated_at: string;
};

export type ProductionLockTable = {
  name: string;
  /** `host:pid` of the process holding the lock. */
  holder: string;
  acquired_at: string;
};

export type SubscriptionOptOutsTable = {
  municipality_code: string;
  email: string;
  at: string;
};

export type DeliveryTables = {
  subscription_opt_outs: SubscriptionOptOutsTable;
  production_lock: ProductionLockTable;
  subscribers: SubscribersTable;
  unsubscribe_tokens: UnsubscribeTokensTable;
  monitor_archive: MonitorArchiveTable;
  held_monitors: HeldMonitorsTable;
  mail_deliveries: MailDeliveriesTable;
};

export function deliveryDb(store: Store): Kysely<DeliveryTables> {
  return store.db.withTables<DeliveryTables>() as unknown as Kysely<DeliveryTables>;
}
