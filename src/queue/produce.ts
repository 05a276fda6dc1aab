/**
 * The quarterly production on the queue (PostgreSQL): the same choices as `produceQuarter`,
 * but one job per monitor and one per mail, shared by every worker. The queuing command
 * holds the run lock, waits until the run's jobs are done, then mails the team about held
 * monitors and returns the same result as the in-process run.
 */
import { hold, mailTeamAboutHeld } from '../delivery/held.ts';
import { acquireRunLock } from '../delivery/lock.ts';
import { DEFAULT_RETRY } from '../delivery/mail.ts';
import {
  type MunicipalityResult,
  type ProduceDeps,
  type ProduceResult,
  subscribeCatalogueAdministrators,
} from '../delivery/produce.ts';
import { parseQuarter, quarterReferenceDate } from '../delivery/quarter.ts';
import type { SendContext } from '../delivery/send.ts';
import { listSubscribers } from '../delivery/subscribers.ts';
import { formatShortDate } from '../report/format.ts';
import { openBoss, QUEUES, queueSettingsFrom } from './boss.ts';
import type { MailOutput, MonitorJob, MonitorOutput } from './jobs.ts';
import { newRunId, type RunJob, sendJobs, waitForRun } from './run.ts';
import { startWorker } from './worker.ts';

export interface QueuedProduceOptions {
  /** Work along with the `mdd worker` processes (MDD_QUEUE=on) or only wait (only). */
  work: boolean;
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
}

export async function produceOnQueue(
  deps: ProduceDeps,
  quarterText: string,
  options: QueuedProduceOptions,
): Promise<ProduceResult> {
  const quarter = parseQuarter(quarterText);
  const referenceDate = await quarterReferenceDate(deps.store, quarter);
  const now = deps.now ?? (() => new Date());
  const context = sendContext(deps, now);
  const lock = await acquireRunLock(deps.store, now());
  const boss = await openBoss(deps.store.location, queueSettingsFrom(options.env));
  const worker = options.work
    ? await startWorker({
        boss,
        context,
        concurrency: options.concurrency ?? 1,
        kinds: ['monitor', 'mail'],
      })
    : null;
  try {
    const since = now().toISOString();
    await subscribeCatalogueAdministrators(deps.store, now());
    const codes = [...new Set((await listSubscribers(deps.store)).map((s) => s.municipality))];
    context.log(
      `${quarter.label}, peildatum ${formatShortDate(referenceDate)}: ${codes.length} ` +
        'gemeente(n) met abonnees, als taken in de wachtrij.',
    );
    const run = newRunId();
    const jobs = codes.map((code) => ({
      data: { run, quarter: quarter.label, referenceDate, code, since } satisfies MonitorJob,
      key: `${quarter.label}:${code}`,
    }));
    await sendJobs(boss, QUEUES.monitor, jobs);
    const done = await waitForRun<MonitorOutput | MailOutput>(boss, run, {
      onIdle: () =>
        context.log('Nog geen taak opgepakt: draait er een "mdd worker" op deze database?'),
    });
    const results = await collectResults(context, done, codes, quarter.label, referenceDate);
    await mailTeamAboutHeld(context, quarter.label, results);
    return { quarter: quarter.label, referenceDate, municipalities: results };
  } finally {
    await worker?.stop();
    await boss.stop({ graceful: true, wait: true });
    await lock.release();
  }
}

function sendContext(deps: ProduceDeps, now: () => Date): SendContext {
  return {
    store: deps.store,
    transport: deps.transport,
    baseUrl: deps.baseUrl,
    retry: deps.retry ?? DEFAULT_RETRY,
    now,
    sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    log: deps.log ?? (() => {}),
  };
}

/**
 * The run's outcome per municipality from its jobs' outputs. A monitor job that failed for
 * good (every retry) is held like a monitor that could not be made.
 */
async function collectResults(
  context: SendContext,
  jobs: RunJob<MonitorOutput | MailOutput>[],
  codes: string[],
  quarter: string,
  referenceDate: string,
): Promise<MunicipalityResult[]> {
  const results: MunicipalityResult[] = [];
  for (const code of codes) {
    const own = jobs.filter((job) => job.code === code);
    const monitor = own.find((job) => job.queue === QUEUES.monitor);
    const output = monitor?.state === 'completed' ? (monitor.output as MonitorOutput) : null;
    const recipients = own
      .filter((job) => job.queue === QUEUES.mail && job.state === 'completed' && isMail(job.output))
      .map((job) => job.output as MailOutput);
    if (output) {
      results.push({ code, status: output.status, reason: output.reason, recipients });
      continue;
    }
    const reason = `de taak in de wachtrij is mislukt (${monitor?.state ?? 'onbekend'})`;
    context.log(`${code}: tegengehouden (${reason})`);
    await hold(context.store, code, quarter, referenceDate, reason, context.now());
    results.push({ code, status: 'held', reason, recipients });
  }
  return results;
}

/** A mail job whose row was already done leaves no mail output. */
function isMail(output: unknown): output is MailOutput {
  return output !== null && typeof output === 'object' && 'email' in output;
}
