/**
 * PDF through headless Debian Chromium (playwright-core, no browser download). One browser
 * serves many reports through a few pages that are used again: a fresh browser context per
 * report cost about 270 ms, as much as printing the report itself (bench/). The pages run no
 * script and `setContent` replaces the whole document, so nothing of one report stays behind
 * for the next; a page that failed is closed and never used again.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export interface PdfPrinter {
  /** Prints a complete HTML document (from `renderReportHtml`) to an A4 PDF. */
  print(html: string, footer?: PdfFooter): Promise<Buffer>;
  close(): Promise<void>;
}

/** What the footer of every page names besides the page number. */
export interface PdfFooter {
  municipality: string;
  referenceDateText: string;
}

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Page margins; the bottom one leaves room for the footer. Kept equal to report.css's @page. */
const MARGIN = { top: '16mm', right: '15mm', bottom: '20mm', left: '15mm' };

/** Raised when no Chromium binary is found; the message says what to install (Dutch, then English). */
export class ChromiumMissingError extends Error {
  readonly executablePath: string;
  constructor(executablePath: string) {
    super(
      `Chromium niet gevonden op ${executablePath}. Installeer het Debian-pakket "chromium" ` +
        `(apt-get install chromium) of zet MDD_CHROMIUM op het pad van een Chromium-programma. / ` +
        `Chromium not found at ${executablePath}: install the Debian package "chromium" ` +
        `(apt-get install chromium) or set MDD_CHROMIUM to a Chromium executable.`,
    );
    this.name = 'ChromiumMissingError';
    this.executablePath = executablePath;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The footer template: Chromium fills in pageNumber and totalPages; our texts are escaped. */
export function footerTemplate(footer?: PdfFooter): string {
  const about = footer
    ? `<span>${escapeHtml(footer.municipality)} · peildatum ${escapeHtml(footer.referenceDateText)}</span>`
    : '<span></span>';
  return (
    "<div style=\"font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 8pt; " +
    'color: #4d4d4d; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between;">' +
    `${about}<span>Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span>` +
    '</div>'
  );
}

/** Footer texts read back from the document's meta tags, for callers that pass none. */
export function footerFromHtml(html: string): PdfFooter | undefined {
  const read = (name: string) => {
    const match = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html);
    return match?.[1] === undefined ? undefined : unescapeHtml(match[1]);
  };
  const municipality = read('mdd-municipality');
  const referenceDateText = read('mdd-reference-date');
  if (municipality === undefined || referenceDateText === undefined) return undefined;
  return { municipality, referenceDateText };
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Pages kept for printing: one per report printed at the same time, made when first needed. */
class PagePool {
  private readonly idle: Page[] = [];
  private context: Promise<BrowserContext> | null = null;

  constructor(private readonly browser: Browser) {}

  private async take(): Promise<Page> {
    const page = this.idle.pop();
    if (page) return page;
    this.context ??= this.browser.newContext({ javaScriptEnabled: false });
    try {
      return await (await this.context).newPage();
    } catch (error) {
      this.context = null;
      throw error;
    }
  }

  async print(html: string, footer?: PdfFooter): Promise<Buffer> {
    const page = await this.take();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footer ?? footerFromHtml(html)),
        margin: MARGIN,
      });
      this.idle.push(page);
      return pdf;
    } catch (error) {
      await page.close().catch(() => {});
      throw error;
    }
  }
}

/**
 * Starts Chromium once. The path comes from the option, else `MDD_CHROMIUM`, else
 * `/usr/bin/chromium`.
 *
 * @example
 * const printer = await openPdfPrinter();
 * try { await writeFile('GM0441.pdf', await printer.print(renderReportHtml(report))); }
 * finally { await printer.close(); }
 */
export async function openPdfPrinter(
  options: { executablePath?: string } = {},
): Promise<PdfPrinter> {
  const executablePath = options.executablePath ?? process.env.MDD_CHROMIUM ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const pages = new PagePool(browser);
  return {
    print: (html, footer) => pages.print(html, footer),
    close: () => browser.close(),
  };
}
