/**
 * A quarter's production: subscribe the catalogue administrators, then for every municipality
 * with subscribers make (or reuse) its archived monitor and mail it. A monitor that cannot be
 * computed, rendered or is incomplete is held: not archived, not sent, recorded for the team
 * and mailed to the team list; the other municipalities go on.
 */
import type { Engine } from '../engine/index.ts';
import { audit } from '../portal/audit.ts';
import { listTeamMembers } from '../portal/team-list.ts';
import { formatShortDate } from '../report/format.ts';
import type { Store } from '../store/open.ts';
import { archiveMonitor, findArchived } from './archive.ts';
import { planQuarter, type QuarterPlan } from './dry-run.ts';
import { acquireRunLock } from './lock.ts';
import { recordHeld } from './log.ts';
import { DEFAULT_RETRY, heldMail, type MailTransport, type RetryPolicy } from './mail.ts';
import { parseQuarter, quarterReferenceDate } from './quarter.ts';
import {
  engineAt,
  openRenderer,
  type RenderMonitor,
  renderedProblem,
  reportProblem,
} from './render.ts';
import { type RecipientResult, type SendContext, sendArchived } from './send.ts';
import { addSubscriber, catalogueAdministrators, listSubscribers } from './subscribers.ts';

export interface ProduceDeps {
  store: Store;
  transport: MailTransport;
  /** Where users reach the portal; unsubscribe and monitor links start here. */
  baseUrl: string;
  retry?: RetryPolicy;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  /** Makes HTML and PDF; default: the report's HTML view and one Chromium for the run. */
  render?: RenderMonitor;
}

export interface MunicipalityResult {
  code: string;
  status: 'made' | 'reused' | 'held';
  reason: string | null;
  recipients: RecipientResult[];
}

export interface ProduceResult {
  quarter: string;
  referenceDate: string;
  municipalities: MunicipalityResult[];
}

export async function produceQuarter(
  deps: ProduceDeps,
  quarterText: string,
): Promise<ProduceResult> {
  const quarter = parseQuarter(quarterText);
  const referenceDate = await quarterReferenceDate(deps.store, quarter);
  const now = deps.now ?? (() => new Date());
  const lock = await acquireRunLock(deps.store, now());
  try {
    return await produceLocked(deps, quarter.label, referenceDate, now);
  } finally {
    await lock.release();
  }
}

async function produceLocked(
  deps: ProduceDeps,
  quarterLabel: string,
  referenceDate: string,
  now: () => Date,
): Promise<ProduceResult> {
  const quarter = { label: quarterLabel };
  const log = deps.log ?? (() => {});
  await subscribeCatalogueAdministrators(deps.store, now());
  const codes = [...new Set((await listSubscribers(deps.store)).map((s) => s.municipality))];
  log(
    `${quarter.label}, peildatum ${formatShortDate(referenceDate)}: ${codes.length} gemeente(n) met abonnees.`,
  );

  const context: SendContext = {
    store: deps.store,
    transport: deps.transport,
    baseUrl: deps.baseUrl,
    retry: deps.retry ?? DEFAULT_RETRY,
    now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    log,
  };
  const own = deps.render ? null : await openRenderer();
  const render = deps.render ?? (own as NonNullable<typeof own>).render;
  let engine: Promise<Engine> | null = null;
  const results: MunicipalityResult[] = [];
  try {
    for (const code of codes) {
      const made = await makeOrReuse(deps.store, code, quarter.label, now, render, () => {
        engine ??= engineAt(deps.store, referenceDate);
        return engine;
      });
      if (made.status === 'held') {
        log(`${code}: tegengehouden (${made.reason})`);
        await hold(deps.store, code, quarter.label, referenceDate, made.reason, now());
        results.push({ code, status: 'held', reason: made.reason, recipients: [] });
        continue;
      }
      log(`${code}: ${made.status === 'made' ? 'gemaakt en gearchiveerd' : 'uit het archief'}`);
      const recipients = await sendArchived(context, made.archived);
      results.push({ code, status: made.status, reason: null, recipients });
    }
  } finally {
    await own?.close();
  }
  await mailTeamAboutHeld(context, quarter.label, results);
  return { quarter: quarter.label, referenceDate, municipalities: results };
}

/** What `--dry-run` shows: the same choices, nothing written or sent. */
export async function planProduction(store: Store, quarterText: string): Promise<QuarterPlan> {
  return planQuarter(store, quarterText);
}

async function subscribeCatalogueAdministrators(store: Store, at: Date): Promise<void> {
  for (const [code, email] of await catalogueAdministrators(store)) {
    await addSubscriber(store, code, email, 'catalogue-admin', at);
  }
}

type Made =
  | { status: 'made' | 'reused'; archived: NonNullable<Awaited<ReturnType<typeof findArchived>>> }
  | { status: 'held'; reason: string };

async function makeOrReuse(
  store: Store,
  code: string,
  quarter: string,
  now: () => Date,
  render: RenderMonitor,
  engine: () => Promise<Engine>,
): Promise<Made> {
  const existing = await findArchived(store, code, quarter);
  if (existing) return { status: 'reused', archived: existing };
  let report: ReturnType<Engine['report']>;
  try {
    report = (await engine()).report(code);
  } catch (error) {
    return { status: 'held', reason: `berekenen mislukt: ${messageOf(error)}` };
  }
  const incomplete = reportProblem(report);
  if (incomplete) return { status: 'held', reason: `onvolledig: ${incomplete}` };
  let rendered: Awaited<ReturnType<RenderMonitor>>;
  try {
    rendered = await render(report);
  } catch (error) {
    return { status: 'held', reason: `opmaken mislukt: ${messageOf(error)}` };
  }
  const broken = renderedProblem(rendered);
  if (broken) return { status: 'held', reason: `opmaken mislukt: ${broken}` };
  const archived = await archiveMonitor(store, { report, quarter, ...rendered, at: now() });
  return { status: 'made', archived };
}

async function hold(
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
async function mailTeamAboutHeld(
  context: SendContext,
  quarter: string,
  results: MunicipalityResult[],
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
        await context.sleep(
          context.retry.delaysMs[Math.min(attempt - 1, context.retry.delaysMs.length - 1)] ?? 0,
        );
      }
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
