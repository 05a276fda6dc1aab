/**
 * Making one monitor's files, and the check that it is complete enough to send: every
 * section of the methodology is there with figures or tables, all 16 summary tiles are there,
 * and the HTML and PDF are not empty. A monitor failing the check is held, not sent.
 */
import type { Engine } from '../engine/index.ts';
import { historyEngineAt } from '../history/monitor.ts';
import { type Report, SECTION_IDS, type SectionId } from '../report/model.ts';
import type { PdfPrinter } from '../report/pdf.ts';
import type { IsoDate } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';

export interface RenderedMonitor {
  html: string;
  pdf: Buffer;
}

/** Turns a report into its HTML and PDF; the producer takes one as a dependency. */
export type RenderMonitor = (report: Report) => Promise<RenderedMonitor>;

export interface Renderer {
  render: RenderMonitor;
  close(): Promise<void>;
}

/** The report's HTML view and one Chromium for the whole run, started at the first PDF. */
export async function openRenderer(): Promise<Renderer> {
  const { renderReportHtml } = await import('../report/html/index.tsx');
  let printer: Promise<PdfPrinter> | null = null;
  return {
    async render(report) {
      const html = renderReportHtml(report);
      printer ??= (await import('../report/pdf.ts')).openPdfPrinter();
      return { html, pdf: await (await printer).print(html) };
    },
    async close() {
      if (printer) await (await printer.catch(() => null))?.close();
    },
  };
}

/**
 * The engine at `referenceDate` as `mdd report` uses it: its reports carry their history
 * (change since the previous quarter, trends), so the quarterly production sends those too.
 */
export function engineAt(store: Store, referenceDate: IsoDate): Promise<Engine> {
  return historyEngineAt(store, referenceDate);
}

export const REQUIRED_SECTIONS: readonly SectionId[] = SECTION_IDS;
export const SUMMARY_TILES = 16;

/** Why the report may not be sent (Dutch), or null when it is complete. */
export function reportProblem(report: Report): string | null {
  for (const id of REQUIRED_SECTIONS) {
    const section = report.sections.find((s) => s.id === id);
    if (!section) return `paragraaf ${id} ontbreekt`;
    if (section.figures.length === 0 && section.tables.length === 0) {
      return `paragraaf ${id} is leeg`;
    }
  }
  const tiles = report.summary.flatMap((group) => group.tiles).length;
  if (tiles !== SUMMARY_TILES) {
    return `de samenvatting heeft ${tiles} in plaats van ${SUMMARY_TILES} beoordelingen`;
  }
  return null;
}

/** Why the rendered files may not be sent, or null. */
export function renderedProblem(rendered: RenderedMonitor): string | null {
  if (rendered.html.trim().length === 0) return 'de HTML is leeg';
  if (rendered.pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return 'de PDF is ongeldig';
  return null;
}
