/**
 * `mdd report --all` on the queue (PostgreSQL): one job per municipality, written by whichever
 * worker takes it into the same output folder (shared when workers run on several machines).
 */
import { resolve } from 'node:path';
import type { ReportFormat } from '../cli/arguments.ts';
import { DEFAULT_RETRY } from '../delivery/mail.ts';
import { openStore } from '../store/open.ts';
import { openBoss, QUEUES, queueModeFrom, queueSettingsFrom } from './boss.ts';
import type { ReportJob, ReportOutput } from './jobs.ts';
import {
  newRunId,
  OPEN_STATES,
  type RunJob,
  type RunProgress,
  sendJobs,
  waitForRun,
} from './run.ts';
import { startWorker } from './worker.ts';

export interface QueuedReports {
  /** The PostgreSQL store's URL. */
  location: string;
  referenceDate: string;
  codes: string[];
  formats: ReportFormat[];
  outDir: string;
  /** Work along with the `mdd worker` processes, or only wait for them. */
  work?: boolean;
  concurrency?: number;
  log: (line: string) => void;
  onProgress?: (progress: RunProgress, jobs: RunJob<ReportOutput>[]) => void;
  env?: NodeJS.ProcessEnv;
}

/** Queues the reports, waits until every job is done; the jobs say who did what, how fast. */
export async function reportsOnQueue(options: QueuedReports): Promise<RunJob<ReportOutput>[]> {
  const work = options.work ?? queueModeFrom(options.env) === 'on';
  const boss = await openBoss(options.location, queueSettingsFrom(options.env));
  const store = work ? await openStore(options.location) : null;
  const worker = store
    ? await startWorker({
        boss,
        context: {
          store,
          // This worker takes report jobs only, which send no mail.
          transport: { send: () => Promise.reject(new Error('geen e-mail hier')), close() {} },
          baseUrl: '',
          retry: DEFAULT_RETRY,
          now: () => new Date(),
          sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
          log: () => {},
        },
        concurrency: options.concurrency ?? 1,
        kinds: ['report'],
      })
    : null;
  try {
    const run = newRunId();
    const outDir = resolve(options.outDir);
    const jobs = options.codes.map((code) => ({
      data: {
        run,
        referenceDate: options.referenceDate,
        code,
        formats: options.formats,
        outDir,
      } satisfies ReportJob,
      key: `${run}:${code}`,
    }));
    await sendJobs(boss, QUEUES.report, jobs);
    const done = await waitForRun<ReportOutput>(boss, run, {
      onProgress: options.onProgress ?? linePerReport(options.log),
      onIdle: () =>
        options.log('Nog geen taak opgepakt: draait er een "mdd worker" op deze database?'),
    });
    const failed = done.filter((job) => job.state !== 'completed').map((job) => job.code);
    if (failed.length > 0) {
      throw new Error(
        `${failed.length} rapport(en) mislukt, ook na herhalen: ${failed.slice(0, 10).join(', ')}` +
          `${failed.length > 10 ? ', ...' : ''}. Zie de uitvoer van de workers.`,
      );
    }
    return done;
  } finally {
    await worker?.stop();
    await boss.stop({ graceful: true, wait: true });
    await store?.close();
  }
}

/**
 * A line per finished report, as the in-process run prints them (`12/388 GM0441 Schagen:
 * files`), numbered in the order the workers finished them.
 */
function linePerReport(
  log: (line: string) => void,
): (progress: RunProgress, jobs: RunJob<ReportOutput>[]) => void {
  const told = new Set<string>();
  return ({ total }, jobs) => {
    for (const job of jobs) {
      if (OPEN_STATES.has(job.state) || told.has(job.code)) continue;
      told.add(job.code);
      const what =
        job.state === 'completed' && job.output
          ? `${job.code} ${job.output.name}: ${job.output.files.join(', ')}`
          : `${job.code}: mislukt (${job.state})`;
      log(`${told.size}/${total} ${what}`);
    }
  };
}
