/**
 * `npm run bench`: imports the golden delivery into a fresh SQLite store and renders every
 * municipality's monitor to HTML and PDF, printing the time of each phase, reports per second
 * and peak memory. A script, not a test: it measures and prints, it does not judge.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/engine/index.ts';
import { methodologyFor } from '../src/methodology/index.ts';
import { renderReportHtml } from '../src/report/html/index.tsx';
import type { Report } from '../src/report/model.ts';
import { openPdfPrinter } from '../src/report/pdf.ts';
import { importDelivery } from '../src/store/import.ts';
import { openStore } from '../src/store/open.ts';
import { loadTablesAt } from '../src/store/tables-at.ts';

const GOLDEN = fileURLToPath(new URL('../data/golden-2017q1', import.meta.url));
const REFERENCE_DATE = '2017-01-23';

interface Phase {
  name: string;
  seconds: number;
  items: number;
}

const phases: Phase[] = [];

async function measure<T>(name: string, items: number, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await work();
  phases.push({ name, seconds: (performance.now() - start) / 1000, items });
  return result;
}

function printTable(): void {
  const rows = phases.map((p) => [
    p.name,
    p.seconds.toFixed(2),
    p.items > 1 ? (p.items / p.seconds).toFixed(1) : '',
    p.items > 1 ? ((p.seconds * 1000) / p.items).toFixed(1) : '',
  ]);
  const header = ['phase', 'seconds', 'per second', 'ms each'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-' : '-').repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

const folder = await mkdtemp(join(tmpdir(), 'mdd-bench-'));
try {
  const store = await openStore(join(folder, 'bench.sqlite'));
  const outcome = await measure('import golden delivery (SQLite)', 1, () =>
    importDelivery(store, GOLDEN),
  );
  if (!outcome.ok) throw new Error(`import failed: ${outcome.issues[0]?.message}`);
  const { tables, imports } = await measure('load tables at 23-1-2017', 1, () =>
    loadTablesAt(store, REFERENCE_DATE),
  );
  await store.close();

  const methodology = methodologyFor(REFERENCE_DATE);
  const engine = await measure('engine: national and peer figures', 1, () =>
    createEngine({ tables, imports, referenceDate: REFERENCE_DATE, methodology, help: [] }),
  );
  const codes = engine.municipalities.map((m) => m.code);
  const reports: Report[] = await measure(`compute ${codes.length} monitors`, codes.length, () =>
    codes.map((code) => engine.report(code)),
  );
  const pages: string[] = await measure(`HTML for ${codes.length}`, codes.length, () =>
    reports.map((report) => renderReportHtml(report)),
  );

  const printer = await measure('start Chromium', 1, () => openPdfPrinter());
  let bytes = 0;
  try {
    await measure(`PDF for ${codes.length} (one browser)`, codes.length, async () => {
      for (const page of pages) bytes += (await printer.print(page)).length;
    });
  } finally {
    await printer.close();
  }

  printTable();
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`\npeak memory (Node process, max RSS): ${peak.toFixed(0)} MB`);
  console.log(`PDF total: ${(bytes / 1024 / 1024).toFixed(1)} MB, ${codes.length} files`);
  console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
