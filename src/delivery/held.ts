/**
 * Monitors held back: recorded for the team page and the audit log, and one mail per run to
 * the team list naming them all (retried like any mail; not in the per-recipient log, which
 * belongs to archived monitors).
 */
import { audit } from '../portal/audit.ts';
import { listTeamMembers } from '../portal/team-list.ts';
import type { Store } from '../store/open.ts';
import { recordHeld } from './log.ts';
import { delayBefore, heldMail } from './mail.ts';
import type { SendContext } from './send.ts';

export async function hold(
  store: Store,
  code: string,
  quarter: string,
  referenceDate: string,
  reason: string,
  at: Date,
): Promise<void> {
  const createdAt = at.toISOString();
  await recordHeld(store, { municipality: code, quarter, referenceDate, reason, createdAt });
  await audit(store, {
    actor: null,
    action: 'monitor tegengehouden',
    municipality: code,
    detail: `${quarter}: ${reason}`,
    at,
  });
}

/** One mail to the team list about every monitor held in this run. */
export async function mailTeamAboutHeld(
  context: SendContext,
  quarter: string,
  results: { code: string; status: string; reason: string | null }[],
): Promise<void> {
  const held = results.flatMap((r) =>
    r.status === 'held' ? [{ municipality: r.code, reason: r.reason ?? '' }] : [],
  );
  if (held.length === 0) return;
  const team = (await listTeamMembers(context.store)).map((member) => member.email);
  if (team.length === 0) {
    context.log(
      'Let op: de teamlijst is leeg; niemand krijgt bericht over tegengehouden monitors.',
    );
    return;
  }
  const url = `${context.baseUrl.replace(/\/+$/, '')}/team/levering`;
  const mail = heldMail(team, quarter, held, url);
  for (let attempt = 1; attempt <= context.retry.attempts; attempt++) {
    try {
      await context.transport.send(mail);
      return;
    } catch (error) {
      context.log(`Bericht aan het team, poging ${attempt} mislukt: ${messageOf(error)}`);
      if (attempt < context.retry.attempts) {
        await context.sleep(delayBefore(context.retry, attempt + 1));
      }
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
