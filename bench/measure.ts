/**
 * Measuring helpers for `npm run bench`: wall time, the peak memory of a process and its
 * children (Chromium) sampled from /proc, and the machine's load while measuring.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

export async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const start = performance.now();
  const value = await work();
  return { value, seconds: (performance.now() - start) / 1000 };
}

function statusField(pid: number, field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...childrenOf(all[i] as number));
  return all;
}

export interface MemoryPeak {
  /** Peak RSS of the process itself (MB). */
  own: number;
  /** Highest sum of RSS over the process and its descendants (MB), sampled. */
  withChildren: number;
}

/** Samples a process (tree) every `everyMs` until `stop()`; the own peak is the kernel's VmHWM. */
export function watchMemory(pid: number, everyMs = 250) {
  const peak: MemoryPeak = { own: 0, withChildren: 0 };
  const sample = () => {
    peak.own = Math.max(peak.own, statusField(pid, 'VmHWM'));
    const sum = tree(pid).reduce((total, p) => total + statusField(p, 'VmRSS'), 0);
    peak.withChildren = Math.max(peak.withChildren, sum);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    peak,
    /** Takes a last sample (call before the process exits) and stops. */
    stop(): MemoryPeak {
      sample();
      clearInterval(timer);
      return peak;
    },
  };
}

/** The machine's state: other work on it changes every figure. */
export function machineNote(): string {
  const [one, five] = loadavg();
  return `${cpus().length} CPU(s) ${cpus()[0]?.model ?? ''}, load average ${one?.toFixed(1)} (1 min) / ${five?.toFixed(1)} (5 min)`;
}

export function loadNow(): number {
  return loadavg()[0] ?? 0;
}

export interface Row {
  what: string;
  setup: string;
  seconds: number | null;
  perItemMs: number | null;
  memory: string;
  target: string;
  verdict: string;
}

export function printTable(rows: Row[]): void {
  const header = ['measurement', 'setup', 'seconds', 'ms each', 'peak memory', 'target', 'result'];
  const cells = rows.map((r) => [
    r.what,
    r.setup,
    r.seconds === null ? '' : r.seconds.toFixed(2),
    r.perItemMs === null ? '' : r.perItemMs.toFixed(1),
    r.memory,
    r.target,
    r.verdict,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const numeric = new Set([2, 3]);
  const line = (row: string[]) =>
    `| ${row.map((c, i) => (numeric.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((w, i) => `${'-'.repeat(w + 1)}${numeric.has(i) ? ':' : '-'}`).join('|')}|`,
  );
  for (const row of cells) console.log(line(row));
}
