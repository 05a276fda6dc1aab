/**
 * A worker: takes monitor, mail and report jobs from the queue until stopped. `mdd worker`
 * runs one; `mdd produce` and `mdd report --all` on PostgreSQL run one alongside (MDD_QUEUE).
 */
import type PgBoss from 'pg-boss';
import type { SendContext } from '../delivery/send.ts';
import { QUEUES, type QueueName } from './boss.ts';
import { engineCache } from './engines.ts';
import { type HandlerDeps, handleMail, handleMonitor, handleReport } from './handlers.ts';
import type { MailJob, MonitorJob, ReportJob } from './jobs.ts';
import { openPrinting } from './printing.ts';

export interface WorkerOptions {
  boss: PgBoss;
  /** Store, mail transport, base URL, retry policy and log of the mails. */
  context: SendContext;
  /** Jobs of one kind at a time; more than 1 prints several PDFs at once with one browser. */
  concurrency?: number;
  /** Which queues to take jobs from (default all). */
  kinds?: (keyof typeof QUEUES)[];
}

export interface RunningWorker {
  /** Stops taking jobs, lets the running ones finish, closes the browser. */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { boss, context } = options;
  const printing = openPrinting();
  const deps: HandlerDeps = { boss, context, engines: engineCache(context.store), printing };
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const state = { stopping: false };
  const loops: Promise<void>[] = [];
  const work = <T extends object>(
    name: QueueName,
    handle: (deps: HandlerDeps, data: T) => Promise<unknown>,
  ) => {
    for (let slot = 0; slot < concurrency; slot++) {
      loops.push(jobLoop(boss, name, state, (data: T) => handle(deps, data)));
    }
  };
  const kinds = new Set(options.kinds ?? ['monitor', 'report', 'mail']);
  if (kinds.has('monitor')) work<MonitorJob>(QUEUES.monitor, handleMonitor);
  if (kinds.has('report')) work<ReportJob>(QUEUES.report, handleReport);
  if (kinds.has('mail')) work<MailJob>(QUEUES.mail, handleMail);
  return {
    async stop() {
      state.stopping = true;
      await Promise.all(loops);
      await printing.close();
    },
  };
}

/**
 * Takes one job at a time and asks for the next at once; only an empty queue waits. (pg-boss's
 * own `work` waits out its polling interval after every short job: 388 reports of 20 ms took
 * over three minutes that way.) One job per fetch: a killed worker leaves one job to retry.
 */
async function jobLoop<T extends object>(
  boss: PgBoss,
  name: QueueName,
  state: { stopping: boolean },
  handle: (data: T) => Promise<unknown>,
): Promise<void> {
  while (!state.stopping) {
    let job: PgBoss.Job<T> | undefined;
    try {
      [job] = await boss.fetch<T>(name, { batchSize: 1 });
    } catch (error) {
      process.stderr.write(`wachtrij ${name}: ${messageOf(error)}\n`);
    }
    if (!job) {
      await pause(IDLE_MS);
      continue;
    }
    try {
      const output = await handle(job.data);
      await boss.complete(name, job.id, toOutput(output));
    } catch (error) {
      process.stderr.write(`taak ${name} ${job.id} mislukt: ${messageOf(error)}\n`);
      await boss.fail(name, job.id, { message: messageOf(error) }).catch(() => {});
    }
  }
}

const IDLE_MS = 500;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** pg-boss keeps an object as the job's output. */
function toOutput(output: unknown): object {
  return output !== null && typeof output === 'object' ? output : { value: output ?? null };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
