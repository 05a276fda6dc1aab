/**
 * The audit log: who did what, when, to which municipality's monitor. Written for sign-ins,
 * views, downloads, refused link requests and (by the team pages) imports and sessions.
 */
import type { Store } from '../store/open.ts';

export interface AuditEntry {
  actor: string | null;
  action: string;
  municipality?: string | null;
  detail?: string | null;
  at: Date;
}

export async function audit(store: Store, entry: AuditEntry): Promise<void> {
  await store.db
    .insertInto('audit_log')
    .values({
      at: entry.at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      municipality: entry.municipality ?? null,
      detail: entry.detail ?? null,
    })
    .execute();
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  municipality: string | null;
  detail: string | null;
}

/** The newest entries first. */
export async function listAudit(store: Store, limit = 500): Promise<AuditRecord[]> {
  const rows = await store.db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}
