/**
 * Renders report HTML on worker threads, so a run of many reports uses every core: most of a
 * report's HTML time is ECharts drawing its charts, which is CPU work on one thread. With one
 * thread (one core, or `MDD_HTML_THREADS=1`) it renders in this thread, as `renderReportHtml`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Report } from '../model.ts';
import { type RenderOptions, renderReportHtml } from './index.tsx';

export interface HtmlPool {
  /** The report's HTML, exactly as `renderReportHtml(report, options)` gives it. */
  render(report: Report, options?: RenderOptions): Promise<string>;
  readonly threads: number;
  close(): Promise<void>;
}

type Answer = { ready: true } | { id: number; html: string } | { id: number; error: string };

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  busy: number;
}

/** The number of threads: `MDD_HTML_THREADS`, else one per core (at most 8). */
export function htmlThreadsFrom(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.MDD_HTML_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, 32);
  return Math.min(availableParallelism(), 8);
}

export async function openHtmlPool(threads = htmlThreadsFrom()): Promise<HtmlPool> {
  if (threads <= 1) {
    return {
      threads: 1,
      render: async (report, options) => renderReportHtml(report, options),
      close: async () => {},
    };
  }
  const pending = new Map<
    number,
    { resolve: (html: string) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  let failure: Error | null = null;
  const pool: Thread[] = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL('./render-thread.js', import.meta.url));
    // An idle thread must not keep a finished command alive; a busy one must.
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (answer: Answer) => {
        if ('ready' in answer) return resolve();
        const waiting = pending.get(answer.id);
        pending.delete(answer.id);
        thread.busy -= 1;
        if (thread.busy === 0) worker.unref();
        if ('html' in answer) waiting?.resolve(answer.html);
        else waiting?.reject(new Error(`HTML van een rapport mislukt: ${answer.error}`));
      });
      worker.on('error', (error) => {
        failure = error;
        reject(error);
        for (const waiting of pending.values()) waiting.reject(error);
        pending.clear();
      });
    });
    const thread: Thread = { worker, ready, busy: 0 };
    return thread;
  });
  await Promise.all(pool.map((thread) => thread.ready));

  return {
    threads,
    render(report, options = {}) {
      if (failure) return Promise.reject(failure);
      const thread = pool.reduce((least, next) => (next.busy < least.busy ? next : least));
      const id = nextId++;
      thread.busy += 1;
      thread.worker.ref();
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        thread.worker.postMessage({ id, report, options });
      });
    },
    async close() {
      await Promise.all(pool.map((thread) => thread.worker.terminate()));
    },
  };
}
