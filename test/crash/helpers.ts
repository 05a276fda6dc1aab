/** Real `mdd` child processes to kill with SIGKILL, and checks of the store they leave. */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { storeTables } from '../../src/store/catalogue.ts';
import type { Store } from '../../src/store/open.ts';

const MDD = fileURLToPath(new URL('../../bin/mdd.js', import.meta.url));

export interface Child {
  process: ChildProcess;
  /** Everything the child printed so far. */
  output(): string;
  exited: Promise<number | null>;
}

export function startMdd(args: string[], env: Record<string, string> = {}): Child {
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
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { process: child, output: () => output, exited };
}

/** Waits until `condition` holds, polling every few milliseconds. */
export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Kills with SIGKILL (no handler runs) and waits for the end. */
export async function killHard(child: Child): Promise<void> {
  child.process.kill('SIGKILL');
  await child.exited;
}

/** SQLite's own check of every page and index; `ok` for a sound file. PostgreSQL: `ok`. */
export async function integrity(store: Store): Promise<string> {
  if (store.dialect !== 'sqlite') return 'ok';
  const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
  return rows.map((r) => r.integrity_check).join('\n');
}

/** Rows per table, for tables holding any. */
export async function rowCounts(store: Store): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await storeTables(store.db)) {
    const { rows } = await sql<{
      n: number | string;
    }>`select count(*) as n from ${sql.table(table)}`.execute(store.db);
    const n = Number(rows[0]?.n ?? 0);
    if (n > 0) counts[table] = n;
  }
  return counts;
}
