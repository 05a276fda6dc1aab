/**
 * The national run in one process on SQLite: import, engine, compute, HTML, and PDF with one
 * page at a time and with two pages at once (one browser); the HTML files are kept for the
 * bare-Chromium comparison.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { engineAt } from '../src/delivery/render.ts';
import { renderReportHtml } from '../src/report/html/index.tsx';
import { openHtmlPool } from '../src/report/html/pool.ts';
import type { Report } from '../src/report/model.ts';
import { openPdfPrinter, type PdfPrinter } from '../src/report/pdf.ts';
import { importDelivery } from '../src/store/import.ts';
import { openStore } from '../src/store/open.ts';
import { timed } from './measure.ts';

export interface NationalTimes {
  storePath: string;
  codes: string[];
  importSeconds: number;
  engineSeconds: number;
  computeSeconds: number;
  /** HTML of every report in this thread, one after another. */
  htmlSeconds: number;
  /** HTML of every report on the pool of worker threads, starting the threads included. */
  htmlPoolSeconds: number;
  htmlThreads: number;
  /** The HTML files written, one per municipality, in `codes` order. */
  htmlFiles: string[];
  pages: string[];
}

export async function nationalSqlite(
  folder: string,
  golden: string,
  referenceDate: string,
): Promise<NationalTimes> {
  const storePath = join(folder, 'bench.sqlite');
  const store = await openStore(storePath);
  const imported = await timed(() => importDelivery(store, golden));
  if (!imported.value.ok) throw new Error('import failed');
  const engine = await timed(() => engineAt(store, referenceDate));
  await store.close();
  const codes = engine.value.municipalities.map((m) => m.code);
  const reports = await timed(() => codes.map((code): Report => engine.value.report(code)));
  const html = await timed(() => reports.value.map((report) => renderReportHtml(report)));
  const pooled = await timed(async () => {
    const pool = await openHtmlPool();
    try {
      await Promise.all(reports.value.map((report) => pool.render(report)));
      return pool.threads;
    } finally {
      await pool.close();
    }
  });
  const htmlFiles: string[] = [];
  for (const [index, page] of html.value.entries()) {
    const path = join(folder, `${codes[index]}.html`);
    await writeFile(path, page);
    htmlFiles.push(path);
  }
  return {
    storePath,
    codes,
    importSeconds: imported.seconds,
    engineSeconds: engine.seconds,
    computeSeconds: reports.seconds,
    htmlSeconds: html.seconds,
    htmlPoolSeconds: pooled.seconds,
    htmlThreads: pooled.value,
    htmlFiles,
    pages: html.value,
  };
}

/** Our PDF step (`openPdfPrinter().print`) over `pages`, `parallel` at a time. */
export async function ourPdf(pages: string[], parallel: number): Promise<number> {
  const printer: PdfPrinter = await openPdfPrinter();
  try {
    const { seconds } = await timed(async () => {
      let next = 0;
      const lane = async () => {
        while (next < pages.length) {
          const page = pages[next++] as string;
          await printer.print(page);
        }
      };
      await Promise.all(Array.from({ length: parallel }, lane));
    });
    return seconds;
  } finally {
    await printer.close();
  }
}
