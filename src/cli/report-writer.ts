/**
 * Writes reports to `<out>/<code>-<yyyy-mm-dd>.<ext>` in the formats asked for. The HTML view
 * (charts) and the browser driver load only when a format needs them, so a JSON run or a
 * refused command line starts fast; one browser prints every PDF of a run. A run of many
 * reports renders their HTML on worker threads (`lanes` says how many reports it may write at
 * once), so the charts of the next reports are drawn while Chromium prints.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HtmlPool } from '../report/html/pool.ts';
import type { Report } from '../report/model.ts';
import type { PdfPrinter } from '../report/pdf.ts';
import type { ReportFormat } from './arguments.ts';
import { CliError } from './errors.ts';

export interface ReportWriter {
  /** Writes one report in every format; returns the paths written. */
  write(report: Report): Promise<string[]>;
  /** How many reports `write` may be given at once. */
  readonly lanes: number;
  /** Closes the browser and the HTML threads, if they were opened. */
  close(): Promise<void>;
}

/** Below this many reports the HTML threads cost more to start than they save. */
const POOL_FROM_REPORTS = 20;

export async function openReportWriter(
  formats: ReportFormat[],
  outDir: string,
  reportCount = 1,
): Promise<ReportWriter> {
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw writeProblem(error, outDir);
  });
  const needsHtml = formats.includes('html') || formats.includes('pdf');
  const pool: HtmlPool | null =
    needsHtml && reportCount >= POOL_FROM_REPORTS
      ? await (await import('../report/html/pool.ts')).openHtmlPool()
      : null;
  const renderHtml =
    needsHtml && !pool ? (await import('../report/html/index.tsx')).renderReportHtml : null;
  const printer: PdfPrinter | null = formats.includes('pdf')
    ? await (await import('../report/pdf.ts')).openPdfPrinter()
    : null;

  async function contentOf(format: ReportFormat, report: Report, html: string) {
    if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
    if (format === 'html') return html;
    if (!printer) throw new Error('PDF asked for without a PDF printer');
    return printer.print(html);
  }

  return {
    async write(report) {
      const base = join(outDir, `${report.municipality.code}-${report.referenceDate}`);
      const html = pool ? await pool.render(report) : renderHtml ? renderHtml(report) : '';
      const paths: string[] = [];
      for (const format of formats) {
        const path = `${base}.${format}`;
        const content = await contentOf(format, report, html);
        await writeFile(path, content).catch((error: unknown) => {
          throw writeProblem(error, path);
        });
        paths.push(path);
      }
      return paths;
    },
    lanes: pool?.threads ?? 1,
    async close() {
      await Promise.all([printer?.close(), pool?.close()]);
    },
  };
}

/** Reasons the file system gives that a user can act on, in Dutch; anything else as it is. */
const WRITE_PROBLEMS: Record<string, string> = {
  EEXIST: 'er staat al een bestand met die naam, geen map',
  ENOTDIR: 'een deel van dat pad is een bestand, geen map',
  EISDIR: 'er staat al een map met die naam',
  EACCES: 'geen toestemming om daar te schrijven',
  EPERM: 'geen toestemming om daar te schrijven',
  EROFS: 'die plek is alleen-lezen',
  ENOSPC: 'de schijf is vol',
};

function writeProblem(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code === undefined ? undefined : WRITE_PROBLEMS[code];
  if (reason === undefined) return error;
  return new CliError(
    `Kan niet schrijven naar "${path}": ${reason}. Kies een andere map met --out.`,
  );
}
