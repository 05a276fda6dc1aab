/**
 * One PDF printer for the whole server: Chromium starts at the first PDF download, not at
 * server start, and stays for the next ones. A failed print drops the browser so that the
 * next download starts a fresh one.
 */
import type { PdfPrinter } from '../report/pdf.ts';

export interface SharedPrinter {
  print(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

export function createSharedPrinter(
  open: () => Promise<PdfPrinter> = async () => (await import('../report/pdf.ts')).openPdfPrinter(),
): SharedPrinter {
  let printer: Promise<PdfPrinter> | null = null;
  async function drop(): Promise<void> {
    const current = printer;
    printer = null;
    if (current) await (await current.catch(() => null))?.close().catch(() => {});
  }
  return {
    async print(html) {
      printer ??= open();
      const opened = printer;
      try {
        return await (await opened).print(html);
      } catch (error) {
        if (printer === opened) await drop();
        throw error;
      }
    },
    close: drop,
  };
}
