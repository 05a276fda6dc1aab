/**
 * The delivery log per recipient (`mail_deliveries`) and the monitors held back. A row is
 * written as 'pending' before its mail is sent and marked 'sent' right after the SMTP server
 * accepted it, so a run killed at any point is finished by the next run without sending a
 * mail twice (except in the window between acceptance and marking; see the README).
 */
import type { Store } from '../store/open.ts';
import { type DeliveryStatus, deliveryDb } from './schema.ts';

export interface DeliveryRecord {
  id: number;
  archiveId: number;
  email: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
}

/** Adds a pending row per address that has none yet for this archived monitor. */
export async function addPending(store: Store, archiveId: number, emails: string[], at: Date) {
  for (const email of emails) {
    await deliveryDb(store)
      .insertInto('mail_deliveries')
      .values({
        archive_id: archiveId,
        email,
        status: 'pending',
        attempts: 0,
        last_error: null,
        updated_at: at.toISOString(),
      })
      .onConflict((oc) => oc.columns(['archive_id', 'email']).doNothing())
      .execute();
  }
}

/** Rows still to send: pending, or failed below the attempt cap. */
export async function openDeliveries(
  store: Store,
  archiveId: number,
  maxAttempts: number,
): Promise<DeliveryRecord[]> {
  const rows = await deliveryDb(store)
    .selectFrom('mail_deliveries')
    .selectAll()
    .where('archive_id', '=', archiveId)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([eb('status', '=', 'failed'), eb('attempts', '<', maxAttempts)]),
      ]),
    )
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}

export async function updateDelivery(
  store: Store,
  id: number,
  change: { status: DeliveryStatus; attempts?: number; lastError?: string | null; at: Date },
): Promise<void> {
  await deliveryDb(store)
    .updateTable('mail_deliveries')
    .set({
      status: change.status,
      ...(change.attempts === undefined ? {} : { attempts: change.attempts }),
      ...(change.lastError === undefined ? {} : { last_error: change.lastError }),
      updated_at: change.at.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export interface LoggedDelivery extends DeliveryRecord {
  municipality: string;
  quarter: string;
}

/** The log, newest first. */
export async function listDeliveries(store: Store, limit = 500): Promise<LoggedDelivery[]> {
  const rows = await deliveryDb(store)
    .selectFrom('mail_deliveries as d')
    .innerJoin('monitor_archive as a', 'a.id', 'd.archive_id')
    .selectAll('d')
    .select(['a.municipality_code', 'a.quarter'])
    .orderBy('d.updated_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    ...toRecord(row),
    municipality: row.municipality_code,
    quarter: row.quarter,
  }));
}

export interface HeldMonitor {
  municipality: string;
  quarter: string;
  referenceDate: string;
  reason: string;
  createdAt: string;
}

export async function recordHeld(store: Store, held: HeldMonitor): Promise<void> {
  await deliveryDb(store)
    .insertInto('held_monitors')
    .values({
      municipality_code: held.municipality,
      quarter: held.quarter,
      reference_date: held.referenceDate,
      reason: held.reason,
      created_at: held.createdAt,
    })
    .execute();
}

/** Held monitors, newest first, leaving out those archived by a later run. */
export async function listHeld(store: Store): Promise<HeldMonitor[]> {
  const db = deliveryDb(store);
  const rows = await db
    .selectFrom('held_monitors as h')
    .selectAll('h')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('monitor_archive as a')
            .select('a.id')
            .whereRef('a.municipality_code', '=', 'h.municipality_code')
            .whereRef('a.quarter', '=', 'h.quarter'),
        ),
      ),
    )
    .orderBy('h.id', 'desc')
    .execute();
  return rows.map((row) => ({
    municipality: row.municipality_code,
    quarter: row.quarter,
    referenceDate: row.reference_date,
    reason: row.reason,
    createdAt: row.created_at,
  }));
}

function toRecord(row: {
  id: number;
  archive_id: number;
  email: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
  updated_at: string;
}): DeliveryRecord {
  return {
    id: Number(row.id),
    archiveId: Number(row.archive_id),
    email: row.email,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    updatedAt: row.updated_at,
  };
}
