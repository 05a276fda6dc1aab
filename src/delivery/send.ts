/**
 * Sending one archived monitor to its subscribers: a pending row per address first, then per
 * open row the check at send time, then the mail with retries. Each attempt is counted in the
 * store before it is made, and 'sent' is written right after the server accepted the mail.
 */
import { audit } from '../portal/audit.ts';
import type { Store } from '../store/open.ts';
import { type ArchivedMonitor, archivedContent, previousTiles } from './archive.ts';
import { checkRecipient } from './eligibility.ts';
import { addPending, type DeliveryRecord, openDeliveries, updateDelivery } from './log.ts';
import {
  delayBefore,
  type MailTransport,
  messageIdFor,
  monitorMail,
  type RetryPolicy,
} from './mail.ts';
import { createUnsubscribeToken, listSubscribers } from './subscribers.ts';

export interface SendContext {
  store: Store;
  transport: MailTransport;
  baseUrl: string;
  retry: RetryPolicy;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: (line: string) => void;
}

export type RecipientOutcome = 'sent' | 'refused' | 'failed';

export interface RecipientResult {
  email: string;
  outcome: RecipientOutcome;
  attempts: number;
  detail: string | null;
}

export async function sendArchived(
  context: SendContext,
  archived: ArchivedMonitor,
): Promise<RecipientResult[]> {
  const { store } = context;
  const code = archived.municipality;
  const subscribers = (await listSubscribers(store, code)).map((s) => s.email);
  await addPending(store, archived.id, subscribers, context.now());
  const open = await openDeliveries(store, archived.id, context.retry.attempts);
  if (open.length === 0) return [];
  const content = await archivedContent(store, archived.id);
  const previous = await previousTiles(store, code, archived.quarter);
  const results: RecipientResult[] = [];
  for (const row of open)
    results.push(await sendDelivery(context, archived, row, content, previous));
  return results;
}

/**
 * One open delivery row: the check at send time, then the mail with retries. The queue's mail
 * job calls this for its one row; `sendArchived` for every open row of a monitor.
 */
export async function sendDelivery(
  context: SendContext,
  archived: ArchivedMonitor,
  row: DeliveryRecord,
  content: Awaited<ReturnType<typeof archivedContent>>,
  previous: Awaited<ReturnType<typeof previousTiles>>,
): Promise<RecipientResult> {
  const code = archived.municipality;
  const refusal = await refusalOf(context, code, row.email);
  if (refusal) return refuse(context, archived, row, refusal);
  const token = await createUnsubscribeToken(context.store, code, row.email, context.now());
  const mail = monitorMail({
    report: content.report,
    to: row.email,
    pdf: content.pdf,
    unsubscribeUrl: `${trimmed(context.baseUrl)}/afmelden?token=${token}`,
    portalUrl: `${trimmed(context.baseUrl)}/gemeente/${code}/${archived.referenceDate}`,
    messageId: messageIdFor(archived.id, row.email),
    previous,
    quarter: archived.quarter,
  });
  return sendWithRetry(context, archived, row, mail);
}

/** Why the address gets nothing now, or null: unsubscribed since, or no longer allowed. */
async function refusalOf(context: SendContext, code: string, email: string) {
  const subscribed = (await listSubscribers(context.store, code)).some((s) => s.email === email);
  if (!subscribed) return 'afgemeld voordat de e-mail werd verstuurd';
  const eligibility = await checkRecipient(context.store, code, email);
  return eligibility.ok ? null : eligibility.reason;
}

async function refuse(
  context: SendContext,
  archived: ArchivedMonitor,
  row: DeliveryRecord,
  reason: string,
): Promise<RecipientResult> {
  const at = context.now();
  await updateDelivery(context.store, row.id, { status: 'refused', lastError: reason, at });
  await audit(context.store, {
    actor: null,
    action: 'monitor niet verstuurd (geweigerd)',
    municipality: archived.municipality,
    detail: `${row.email}, ${archived.quarter}: ${reason}`,
    at,
  });
  context.log(`  ${row.email}: geweigerd (${reason})`);
  return { email: row.email, outcome: 'refused', attempts: row.attempts, detail: reason };
}

async function sendWithRetry(
  context: SendContext,
  archived: ArchivedMonitor,
  row: DeliveryRecord,
  mail: ReturnType<typeof monitorMail>,
): Promise<RecipientResult> {
  const { store, retry } = context;
  let lastError = row.lastError;
  for (let attempt = row.attempts + 1; attempt <= retry.attempts; attempt++) {
    const wait = delayBefore(retry, attempt - row.attempts);
    if (wait > 0) await context.sleep(wait);
    // Counted before it is made, so a kill during the attempt still counts it.
    await updateDelivery(store, row.id, {
      status: 'pending',
      attempts: attempt,
      at: context.now(),
    });
    try {
      await context.transport.send(mail);
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      await updateDelivery(store, row.id, { status: 'failed', lastError, at: context.now() });
      context.log(`  ${row.email}: poging ${attempt} mislukt (${lastError})`);
      continue;
    }
    await updateDelivery(store, row.id, { status: 'sent', lastError: null, at: context.now() });
    await audit(store, {
      actor: null,
      action: 'monitor verstuurd',
      municipality: archived.municipality,
      detail: `${row.email}, ${archived.quarter}${attempt > 1 ? `, poging ${attempt}` : ''}`,
      at: context.now(),
    });
    context.log(`  ${row.email}: verstuurd${attempt > 1 ? ` (poging ${attempt})` : ''}`);
    return { email: row.email, outcome: 'sent', attempts: attempt, detail: null };
  }
  await audit(store, {
    actor: null,
    action: 'monitor niet verstuurd (mislukt)',
    municipality: archived.municipality,
    detail: `${row.email}, ${archived.quarter}: ${lastError ?? 'onbekende fout'}`,
    at: context.now(),
  });
  context.log(`  ${row.email}: mislukt na ${retry.attempts} pogingen`);
  return { email: row.email, outcome: 'failed', attempts: retry.attempts, detail: lastError };
}

function trimmed(url: string): string {
  return url.replace(/\/+$/, '');
}
