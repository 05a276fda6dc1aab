/**
 * A run on the queue: its jobs are sent with a singleton key (the same monitor or mail is not
 * queued twice while one is waiting or active), and the command that queued them waits until
 * none of the run's jobs is waiting, retrying or active.
 */
import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { QueueName } from './boss.ts';

export function newRunId(): string {
  return randomUUID();
}

export async function sendJobs<T extends object>(
  boss: PgBoss,
  name: QueueName,
  jobs: { data: T; key: string }[],
): Promise<void> {
  for (const job of jobs) {
    await boss.send(name, job.data, { singletonKey: `${name}:${job.key}` });
  }
}

export interface RunJob<O> {
  queue: string;
  code: string;
  state: string;
  retries: number;
  output: O | null;
}

/** Every job of the run, in the live table and in pg-boss's archive. */
export async function runJobs<O>(boss: PgBoss, run: string): Promise<RunJob<O>[]> {
  const select = (table: string) =>
    `select name, data->>'code' as code, state, retry_count, output from pgboss.${table} ` +
    `where data->>'run' = $1`;
  const { rows } = await boss
    .getDb()
    .executeSql(`${select('job')} union all ${select('archive')}`, [run]);
  return (rows as Record<string, unknown>[]).map((row) => ({
    queue: String(row.name),
    code: String(row.code),
    state: String(row.state),
    retries: Number(row.retry_count),
    output: (row.output ?? null) as O | null,
  }));
}

export const OPEN_STATES = new Set(['created', 'retry', 'active']);

export interface RunProgress {
  done: number;
  total: number;
  active: number;
}

/**
 * Resolves with the run's jobs once none is open. `onProgress` hears about changes; after
 * `idleWarningMs` without any job started it is told once that nobody seems to work.
 */
export async function waitForRun<O>(
  boss: PgBoss,
  run: string,
  options: {
    /** Hears every change, the last (all done) included, with the run's jobs as they stand. */
    onProgress?: (progress: RunProgress, jobs: RunJob<O>[]) => void;
    onIdle?: () => void;
    idleWarningMs?: number;
    intervalMs?: number;
  } = {},
): Promise<RunJob<O>[]> {
  const started = Date.now();
  let last = '';
  let warned = false;
  for (;;) {
    const jobs = await runJobs<O>(boss, run);
    const open = jobs.filter((job) => OPEN_STATES.has(job.state));
    const progress = {
      done: jobs.length - open.length,
      total: jobs.length,
      active: open.filter((job) => job.state === 'active').length,
    };
    const text = `${progress.done}/${progress.total}`;
    if (text !== last) options.onProgress?.(progress, jobs);
    last = text;
    if (open.length === 0) return jobs;
    const idle = progress.done === 0 && progress.active === 0;
    if (idle && !warned && Date.now() - started > (options.idleWarningMs ?? 30_000)) {
      warned = true;
      options.onIdle?.();
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}
