/**
 * Two `mdd worker` processes share one quarterly run on PostgreSQL; one is killed with SIGKILL
 * in the middle of a monitor job. The other finishes the run: every monitor is archived once
 * and every subscriber gets exactly one mail from a real SMTP server on loopback.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryDb } from '../../src/delivery/schema.ts';
import { addSubscriber } from '../../src/delivery/subscribers.ts';
import { recipientsOf, startSmtp, type TestSmtp } from '../delivery/helpers.ts';
import { goldenPostgresStore, type PostgresStore } from './postgres.ts';

const MDD = fileURLToPath(new URL('../../bin/mdd.js', import.meta.url));
const RECIPIENTS: [string, string][] = [
  ['GM0441', 'medewerker@schagen.nl'],
  ['GM0441', 'info@schagen.nl'],
  ['GM0003', 'ict@appingedam.nl'],
  ['GM0005', 'ict@bedum.nl'],
  ['GM0010', 'ict@delfzijl.nl'],
  ['GM0014', 'ict@groningen.nl'],
  ['GM0024', 'ict@loppersum.nl'],
];
const CODES = [...new Set(RECIPIENTS.map(([code]) => code))];

interface Started {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function mdd(args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, [MDD, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function until(
  condition: () => boolean,
  what: string,
  timeoutMs: number,
  context: () => string,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`not in time: ${what}\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(new RegExp(pattern, 'g'))].length;
}

describe('two workers share a quarterly run, one killed mid-job', () => {
  let pg: PostgresStore;
  let smtp: TestSmtp;
  let env: NodeJS.ProcessEnv;
  const started: Started[] = [];

  beforeAll(async () => {
    pg = await goldenPostgresStore('workers');
    for (const [code, email] of RECIPIENTS) await addSubscriber(pg.store, code, email, 'request');
    smtp = await startSmtp();
    env = {
      MDD_SMTP_URL: smtp.url,
      MDD_SMTP_BACKOFF_MS: '50',
      // A killed worker's job is retried 15 s after it started; a worker looks every second.
      MDD_QUEUE_EXPIRE_SECONDS: '15',
      MDD_QUEUE_MAINTENANCE_SECONDS: '1',
    };
  }, 120_000);

  afterAll(async () => {
    for (const { child } of started) if (child.exitCode === null) child.kill('SIGKILL');
    await smtp?.close();
    await pg?.drop();
  });

  it('archives each monitor once and mails each subscriber once', async () => {
    const database = ['--database', pg.url];
    const first = mdd(['worker', ...database], env);
    const second = mdd(['worker', ...database], env);
    started.push(first, second);
    const produce = mdd(
      ['produce', '--quarter', '2017Q1', '--base-url', 'http://p.test', ...database],
      { ...env, MDD_QUEUE: 'only' },
    );
    started.push(produce);

    // The first worker dies while it has a monitor in hand, once the second has begun one too.
    const begun = (w: Started) => count(w.output(), /monitor wordt gemaakt/);
    const finished = (w: Started) =>
      count(w.output(), /gemaakt en gearchiveerd|uit het archief|tegengehouden/);
    await until(
      () => begun(first) > finished(first) && begun(second) >= 1,
      'both workers take a monitor',
      240_000,
      () => [first, second, produce].map((w) => w.output()).join('\n---\n'),
    );
    first.child.kill('SIGKILL');
    expect(await first.exit).toBeNull();

    const produced = await produce.exit;
    expect(produced, produce.output()).toBe(0);
    expect(produce.output()).toContain(`${CODES.length} monitor(s) in het archief`);
    expect(count(second.output(), /gemaakt en gearchiveerd/)).toBeGreaterThanOrEqual(1);

    const archived = await deliveryDb(pg.store)
      .selectFrom('monitor_archive')
      .select('municipality_code')
      .execute();
    expect(archived.map((row) => row.municipality_code).sort()).toEqual([...CODES].sort());

    await smtp.waitFor(RECIPIENTS.length, 10_000);
    // Nothing more arrives late: give a straggler the chance to show up.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(recipientsOf(smtp.mails).sort()).toEqual(RECIPIENTS.map(([, email]) => email).sort());
    const rows = await deliveryDb(pg.store).selectFrom('mail_deliveries').selectAll().execute();
    expect(rows.map((row) => row.status)).toEqual(RECIPIENTS.map(() => 'sent'));

    // The killed job really was in hand: pg-boss retried it.
    const retried = await sql<{ n: string }>`
      select count(*) as n from pgboss.job where name = 'mdd-monitor' and retry_count > 0
    `.execute(pg.store.db);
    expect(Number(retried.rows[0]?.n)).toBeGreaterThanOrEqual(1);

    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    expect(second.output()).toContain('de lopende taak wordt afgemaakt');
  }, 300_000);
});
