/**
 * Writes reports to `<out>/<code>-<yyyy-mm-dd>.<ext>` in the formats asked for. The HTML view
 * (charts) and the browser driver load only when a format needs them, so a JSON run or a
 * refused command line starts fast; one browser prints every PDF of a run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../report/model.ts';
import type { PdfPrinter } from '../report/pdf.ts';
import type { ReportFormat } from './arguments.ts';

export interface ReportWriter {
  /** Writes one report in every format; returns the paths written. */
  write(report: Report): Promise<string[]>;
  /** Closes the browser, if one was opened. */
  close(): Promise<void>;
}

export async function openReportWriter(
  formats: ReportFormat[],
  outDir: string,
): Promise<ReportWriter> {
  await mkdir(outDir, { recursive: true });
  const needsHtml = formats.includes('html') || formats.includes('pdf');
  const renderHtml = needsHtml ? (await import('../report/html/index.tsx')).renderReportHtml : null;
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
      const html = renderHtml ? renderHtml(report) : '';
      const paths: string[] = [];
      for (const format of formats) {
        const path = `${base}.${format}`;
        await writeFile(path, await contentOf(format, report, html));
        paths.push(path);
      }
      return paths;
    },
    async close() {
      await printer?.close();
    },
  };
}
