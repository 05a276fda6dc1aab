/**
 * A name from the sources can be one very long word. It must wrap: a line wider than the page
 * made Chromium shrink every page of the PDF to fit, and the cover cut it off on the right.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { openPdfPrinter, type PdfPrinter } from '../../src/report/pdf.ts';
import { schagenReport } from '../fixtures/report-schagen.ts';

const ARTIFACTS = 'test-artifacts';
let printer: PdfPrinter;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  printer = await openPdfPrinter();
});

afterAll(async () => {
  await printer?.close();
});

async function print(fileName: string, html: string): Promise<string> {
  const path = join(ARTIFACTS, fileName);
  writeFileSync(path, await printer.print(html));
  return path;
}

/** Height in points of the first occurrence of `word` on page 1, from pdftotext's boxes. */
function wordHeight(path: string, word: string): number {
  const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], {
    encoding: 'utf8',
  });
  const match = new RegExp(`yMin="([\\d.]+)"[^>]*yMax="([\\d.]+)">${word}<`).exec(boxes);
  if (!match) throw new Error(`${word} not found on page 1 of ${path}`);
  return Number(match[2]) - Number(match[1]);
}

describe('PDF with a very long word in a name', () => {
  it('keeps the type size of a normal report', async () => {
    const normal = await print('long-word-normal.pdf', renderReportHtml(schagenReport()));
    const report = schagenReport();
    report.municipality = { ...report.municipality, name: `Schagen${'Z'.repeat(70)}` };
    const long = await print('long-word-name.pdf', renderReportHtml(report));
    const expected = wordHeight(normal, 'Samenvatting');
    expect(wordHeight(long, 'Samenvatting')).toBeCloseTo(expected, 0);
  });
});
