/**
 * "Beoordeling:" next to a wide badge (Geen gegevens beschikbaar) in a figure block beside its
 * chart: the label must not be squeezed and split inside the word ("Beo / ordel / ing:").
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { openPdfPrinter, type PdfPrinter } from '../../src/report/pdf.ts';
import { goldenEngine } from '../helpers/golden.ts';
import { visibleText } from './html-text.ts';

const ARTIFACTS = 'test-artifacts';
let printer: PdfPrinter;
let html: string;

beforeAll(async () => {
  const engine = await goldenEngine();
  // Dongeradeel has no account: 2.2 to 2.5 are gated and rate no data, each beside a chart.
  html = renderReportHtml(engine.report('GM0058'));
  printer = await openPdfPrinter();
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await printer?.close();
});

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

describe('the rating line of a figure', () => {
  it('keeps "Beoordeling:" whole in the PDF for every rated figure', async () => {
    const path = join(ARTIFACTS, 'rating-line-GM0058.pdf');
    writeFileSync(path, await printer.print(html));
    const pdfText = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    const shown = count(visibleText(html), 'Beoordeling:');
    expect(shown).toBeGreaterThan(10);
    expect(count(pdfText, 'Beoordeling:')).toBe(shown);
  });
});
