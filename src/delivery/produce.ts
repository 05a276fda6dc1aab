/**
 * A quarter's production: subscribe the catalogue administrators, then for every municipality
 * with subscribers make (or reuse) its archived monitor and mail it. A monitor that cannot be
 * computed, rendered or is incomplete is held: not archived, not sent, recorded for the team
 * and mailed to the team list; the other municipalities go on.
 */
import type { Engine } from '../engine/index.ts';
import { withStoredExplanations } from '../explanations/apply.ts';
import { isoDay } from '../explanations/validate.ts';
import { formatShortDate } from '../report/format.ts';
import type { Store } from '../store/open.ts';
import { archiveMonitor, findArchived } from './archive.ts';
import { planQuarter, type QuarterPlan } from './dry-run.ts';
import { hold, mailTeamAboutHeld } from './held.ts';
import { acquireRunLock } from './lock.ts';
import { DEFAULT_RETRY, type MailTransport, type RetryPolicy } from './mail.ts';
import { parseQuarter, type Quarter, quarterReferenceDate } from './quarter.ts';
import {
  engineAt,
  openRenderer,
  type RenderMonitor,
  renderedProblem,
  reportProblem,
} from './render.ts';
import { type RecipientResult, type SendContext, sendArchived } from './send.ts';
import { addSubscriber, listSubscribers, subscribableAdministrators } from './subscribers.ts';

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
    return await produceLocked(deps, quarter, referenceDate, now);
  } finally {
    await lock.release();
  }
}

async function produceLocked(
  deps: ProduceDeps,
  quarter: Quarter,
  referenceDate: string,
  now: () => Date,
): Promise<ProduceResult> {
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

/** Subscribes the catalogue administrators named in the latest profiles (also on the queue). */
export async function subscribeCatalogueAdministrators(store: Store, at: Date): Promise<void> {
  for (const [code, email] of await subscribableAdministrators(store)) {
    await addSubscriber(store, code, email, 'catalogue-admin', at);
  }
}

export type Made =
  | { status: 'made' | 'reused'; archived: NonNullable<Awaited<ReturnType<typeof findArchived>>> }
  | { status: 'held'; reason: string };

/** The archived monitor of `code` for the quarter, made now when missing, or why it is held. */
export async function makeOrReuse(
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
    report = await withStoredExplanations(store, (await engine()).report(code), isoDay(now()));
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
