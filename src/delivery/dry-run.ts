/**
 * `--dry-run`: what a production would make and send, read from the store without writing
 * anything: per municipality the reference date, whether its monitor is already archived,
 * and each recipient with the outcome of the check at send time.
 */
import type { Store } from '../store/open.ts';
import { findArchived } from './archive.ts';
import { checkRecipient } from './eligibility.ts';
import { parseQuarter, quarterReferenceDate } from './quarter.ts';
import { deliveryDb } from './schema.ts';
import { listSubscribers, subscribableAdministrators } from './subscribers.ts';

export interface PlannedRecipient {
  email: string;
  /** True for a catalogue administrator the run would subscribe first. */
  newCatalogueAdmin: boolean;
  passes: boolean;
  reason: string | null;
  /** Its mail for this quarter's archived monitor went out already: a run sends it nothing. */
  alreadySent: boolean;
}

export interface PlannedMonitor {
  code: string;
  archived: boolean;
  recipients: PlannedRecipient[];
}

export interface QuarterPlan {
  quarter: string;
  referenceDate: string;
  monitors: PlannedMonitor[];
}

export async function planQuarter(store: Store, quarterText: string): Promise<QuarterPlan> {
  const quarter = parseQuarter(quarterText);
  const referenceDate = await quarterReferenceDate(store, quarter);
  const byCode = new Map<string, { email: string; newCatalogueAdmin: boolean }[]>();
  for (const s of await listSubscribers(store)) {
    byCode.set(s.municipality, [
      ...(byCode.get(s.municipality) ?? []),
      { email: s.email, newCatalogueAdmin: false },
    ]);
  }
  for (const [code, email] of await subscribableAdministrators(store)) {
    const list = byCode.get(code) ?? [];
    if (!list.some((r) => r.email === email)) list.push({ email, newCatalogueAdmin: true });
    byCode.set(code, list);
  }
  const monitors: PlannedMonitor[] = [];
  for (const [code, list] of [...byCode].sort(([a], [b]) => a.localeCompare(b))) {
    const archived = await findArchived(store, code, quarter.label);
    const sent = archived ? await sentAddresses(store, archived.id) : new Set<string>();
    const recipients: PlannedRecipient[] = [];
    for (const { email, newCatalogueAdmin } of list) {
      const check = await checkRecipient(store, code, email);
      recipients.push({
        email,
        newCatalogueAdmin,
        passes: check.ok,
        reason: check.ok ? null : check.reason,
        alreadySent: sent.has(email),
      });
    }
    monitors.push({ code, archived: archived !== null, recipients });
  }
  return { quarter: quarter.label, referenceDate, monitors };
}

async function sentAddresses(store: Store, archiveId: number): Promise<Set<string>> {
  const rows = await deliveryDb(store)
    .selectFrom('mail_deliveries')
    .select('email')
    .where('archive_id', '=', archiveId)
    .where('status', '=', 'sent')
    .execute();
  return new Set(rows.map((row) => row.email));
}
