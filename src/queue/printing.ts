/**
 * A worker's HTML view and its one Chromium, loaded at the first job that needs them and
 * shared by all its jobs (monitor and report jobs, also when several run at once: each print
 * gets its own browser context).
 */
import type { Report } from '../report/model.ts';
import type { PdfPrinter } from '../report/pdf.ts';

export interface Printing {
  html(report: Report): Promise<string>;
  pdf(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

export function openPrinting(): Printing {
  let view: Promise<(report: Report) => string> | null = null;
  let printer: Promise<PdfPrinter> | null = null;
  return {
    async html(report) {
      view ??= import('../report/html/index.tsx').then((module) => module.renderReportHtml);
      return (await view)(report);
    },
    async pdf(html) {
      printer ??= import('../report/pdf.ts').then((module) => module.openPdfPrinter());
      return (await printer).print(html);
    },
    async close() {
      if (printer) await (await printer.catch(() => null))?.close();
    },
  };
}
