/**
 * The national run on PostgreSQL through the queue: the bench queues one report job per
 * municipality (HTML and PDF) and `mdd worker` child processes do them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { reportsOnQueue } from '../src/queue/reports.ts';
import { importDelivery } from '../src/store/import.ts';
import { openStore } from '../src/store/open.ts';
import { type MemoryPeak, timed, watchMemory } from './measure.ts';

const MDD = fileURLToPath(new URL('../bin/mdd.js', import.meta.url));

export interface QueueRun {
  workers: number;
  wallSeconds: number;
  /** Sums over the jobs (ms), as the workers measured them. */
  engineMs: number;
  computeMs: number;
  htmlMs: number;
  pdfMs: number;
  memory: MemoryPeak[];
}

async function admin<T>(server: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database with the golden delivery; returns its URL, the import time and a drop. */
export async function postgresStore(server: string, golden: string) {
  const name = `mdd_bench_${process.pid}`;
  await admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  await admin(server, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString());
  const imported = await timed(() => importDelivery(store, golden));
  await store.close();
  if (!imported.value.ok) throw new Error('import into PostgreSQL failed');
  return {
    url: url.toString(),
    importSeconds: imported.seconds,
    drop: () => admin(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MDD, 'worker', '--database', url], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      if (String(chunk).includes('wacht op taken')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`mdd worker ended with ${code}`)));
  });
}

export async function queueRun(
  url: string,
  referenceDate: string,
  codes: string[],
  workers: number,
  outDir: string,
): Promise<QueueRun> {
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url)));
  const watches = children.map((child) => watchMemory(child.pid as number));
  try {
    const run = await timed(() =>
      reportsOnQueue({
        location: url,
        referenceDate,
        codes,
        formats: ['html', 'pdf'],
        outDir: join(outDir, `queue-${workers}`),
        work: false,
        log: () => {},
        onProgress: () => {},
      }),
    );
    const sum = (key: 'engineMs' | 'computeMs' | 'htmlMs' | 'pdfMs') =>
      run.value.reduce((total, job) => total + (job.output?.[key] ?? 0), 0);
    return {
      workers,
      wallSeconds: run.seconds,
      engineMs: sum('engineMs'),
      computeMs: sum('computeMs'),
      htmlMs: sum('htmlMs'),
      pdfMs: sum('pdfMs'),
      memory: watches.map((watch) => watch.stop()),
    };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) => new Promise((resolve) => child.once('exit', resolve))),
    );
  }
}
