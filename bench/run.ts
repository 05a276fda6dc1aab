/**
 * `npm run bench [-- --quick]`: one table, all measured in this run.
 * - the national run on SQLite in one process (import, engine, compute, HTML, PDF with one
 *   and with two pages at once) and on PostgreSQL through the queue with one and two
 *   `mdd worker` processes;
 * - our PDF step against bare Chromium printing the same HTML files;
 * - the monitor page of `mdd serve` under load from autocannon (50 connections);
 * - peak memory of each process.
 * `--quick` prints PDFs for a sample of municipalities and extrapolates (marked so).
 * A script, not a test: it measures and prints; where a target is missed it says what bounds it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareChromium } from './bare.ts';
import { pageUnderLoad } from './load.ts';
import { loadNow, machineNote, printTable, type Row } from './measure.ts';
import { nationalSqlite, ourPdf } from './national.ts';
import { postgresStore, queueRun } from './queue.ts';

const GOLDEN = fileURLToPath(new URL('../data/golden-2017q1', import.meta.url));
const REFERENCE_DATE = '2017-01-23';
const POSTGRES = process.env.MDD_BENCH_DATABASE ?? 'postgres://mdd:mdd@127.0.0.1:5432/mdd';
const QUICK_SAMPLE = 24;

const quick = process.argv.includes('--quick');
const rows: Row[] = [];
const loads: number[] = [];
const mb = (value: number) => `${value.toFixed(0)} MB`;

function add(row: Omit<Row, 'memory' | 'target' | 'verdict'> & Partial<Row>) {
  loads.push(loadNow());
  rows.push({ memory: '', target: '', verdict: '', ...row });
}

function judge(ok: boolean, bound: string): string {
  return ok ? 'met' : `missed: ${bound}`;
}

const before = machineNote();
const folder = await mkdtemp(join(tmpdir(), 'mdd-bench-'));
try {
  const national = await nationalSqlite(folder, GOLDEN, REFERENCE_DATE);
  const n = national.codes.length;
  const sample = quick ? national.codes.slice(0, QUICK_SAMPLE).length : n;
  const scale = n / sample;
  const extrapolated = quick ? ` (${sample} printed, ×${scale.toFixed(1)})` : '';
  add({
    what: 'import golden delivery',
    setup: 'SQLite',
    seconds: national.importSeconds,
    perItemMs: null,
  });
  add({
    what: 'engine: load tables, national and peer figures',
    setup: 'SQLite',
    seconds: national.engineSeconds,
    perItemMs: null,
  });
  add({
    what: `compute ${n} monitors`,
    setup: 'SQLite, 1 process',
    seconds: national.computeSeconds,
    perItemMs: (national.computeSeconds * 1000) / n,
    target: '≤ 1 s',
    verdict: judge(national.computeSeconds <= 1, 'CPU: engine.report per municipality, one thread'),
  });
  add({
    what: `HTML for ${n}, one after another`,
    setup: 'SQLite, 1 thread',
    seconds: national.htmlSeconds,
    perItemMs: (national.htmlSeconds * 1000) / n,
  });
  add({
    what: `HTML for ${n} (mdd report --all), starting the threads included`,
    setup: `SQLite, ${national.htmlThreads} worker threads`,
    seconds: national.htmlPoolSeconds,
    perItemMs: (national.htmlPoolSeconds * 1000) / n,
    target: '≤ 10 s',
    verdict: judge(
      national.htmlPoolSeconds <= 10,
      'CPU: ECharts SVG rendering of the charts (src/report/charts.ts), one core per thread',
    ),
  });
  const pages = national.pages.slice(0, sample);
  const files = national.htmlFiles.slice(0, sample);
  const bare = (await bareChromium(files)) * scale;
  const bareAsOurs = (await bareChromium(files, true)) * scale;
  const one = (await ourPdf(pages, 1)) * scale;
  const two = (await ourPdf(pages, 2)) * scale;
  add({
    what: `PDF for ${n}: bare Chromium (1 page, goto + page.pdf)${extrapolated}`,
    setup: 'no mdd code',
    seconds: bare,
    perItemMs: (bare * 1000) / n,
  });
  add({
    what: `PDF for ${n}: bare Chromium, tagged + footer as ours${extrapolated}`,
    setup: 'no mdd code',
    seconds: bareAsOurs,
    perItemMs: (bareAsOurs * 1000) / n,
    verdict: `${(bareAsOurs / bare).toFixed(2)} × bare: Chromium's cost of the tagged PDF and footer`,
  });
  for (const [label, seconds] of [
    ['1 page at a time', one],
    ['2 pages at once, 1 browser', two],
  ] as const) {
    add({
      what: `PDF for ${n}: our step${extrapolated}`,
      setup: `SQLite, ${label}`,
      seconds,
      perItemMs: (seconds * 1000) / n,
      target: '≤ 1,3 × bare',
      verdict: `${(seconds / bare).toFixed(2)} × bare, ${(seconds / bareAsOurs).toFixed(2)} × bare with our print options; ${judge(
        seconds <= 1.3 * bare,
        `Chromium itself: the tagged PDF and the page footer alone make ${(bareAsOurs / bare).toFixed(2)} × bare`,
      )}`,
    });
  }
  add({
    what: 'bench process (SQLite run, printing)',
    setup: 'node',
    seconds: null,
    perItemMs: null,
    memory: mb(process.resourceUsage().maxRSS / 1024),
  });

  const pgStore = await postgresStore(POSTGRES, GOLDEN);
  try {
    add({
      what: 'import golden delivery',
      setup: 'PostgreSQL',
      seconds: pgStore.importSeconds,
      perItemMs: null,
    });
    const queued = quick ? national.codes.slice(0, sample) : national.codes;
    for (const workers of [1, 2]) {
      const run = await queueRun(pgStore.url, REFERENCE_DATE, queued, workers, folder);
      const wall = run.wallSeconds * scale;
      add({
        what: `national run ${n} (compute, HTML, PDF) via the queue${extrapolated}`,
        setup: `PostgreSQL, ${workers} mdd worker${workers > 1 ? 's' : ''}`,
        seconds: wall,
        perItemMs: (wall * 1000) / n,
        memory: run.memory.map((m) => `${mb(m.own)} (+Chromium ${mb(m.withChildren)})`).join('; '),
        verdict:
          `job time: engine ${(run.engineMs / 1000).toFixed(1)} s, compute ${((run.computeMs * scale) / 1000).toFixed(1)} s, ` +
          `HTML ${((run.htmlMs * scale) / 1000).toFixed(1)} s, PDF ${((run.pdfMs * scale) / 1000).toFixed(1)} s`,
      });
    }
  } finally {
    await pgStore.drop();
  }

  const load = await pageUnderLoad(national.storePath, 'GM0441');
  for (const result of load.results) {
    const held = result.label === '200 req/s evenly spaced';
    add({
      what: `monitor page, 50 connections, ${result.label}`,
      setup: 'mdd serve (SQLite), load from a second process',
      seconds: null,
      perItemMs: null,
      memory: result === load.results[0] ? `serve ${mb(load.memory.own)}` : '',
      target: held ? 'p99 < 50 ms' : '',
      verdict:
        `${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms` +
        `${result.errors + result.non2xx > 0 ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ''}` +
        (held
          ? `; ${judge(result.p99 < 50 && result.requestsPerSecond >= 190, 'one Node thread serves session lookup, access check, audit log insert and page (monitor and HTML cached)')}`
          : ''),
    });
  }

  printTable(rows);
  console.log(
    `\nBefore: ${before}. Highest 1-min load seen while measuring: ${Math.max(...loads).toFixed(1)}.`,
  );
  console.log(
    `node ${process.version}, ${process.platform} ${process.arch}; ${quick ? 'QUICK: PDFs of a sample, extrapolated' : 'full run'}.`,
  );
} finally {
  await rm(folder, { recursive: true, force: true });
}
