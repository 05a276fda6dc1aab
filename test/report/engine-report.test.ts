import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { RATING_LABELS } from '../../src/report/html/rating.tsx';
import type { Report } from '../../src/report/model.ts';
import { openPdfPrinter, type PdfPrinter } from '../../src/report/pdf.ts';
import { expectedRows, goldenEngine, readExpected } from '../helpers/golden.ts';
import { blocks, collapse, visibleText } from './html-text.ts';

let report: Report;
let html: string;
let printer: PdfPrinter;

beforeAll(async () => {
  const engine = await goldenEngine();
  report = engine.report('GM0441');
  html = renderReportHtml(report);
  printer = await openPdfPrinter();
});

afterAll(async () => {
  await printer?.close();
});

describe('the real engine output for Schagen, rendered', () => {
  it('shows every figure text and every tile with its rating in words', () => {
    const text = visibleText(html);
    for (const figure of report.sections.flatMap((section) => section.figures)) {
      if (figure.id === 'sterren') continue;
      expect(text.includes(collapse(figure.label)), figure.id).toBe(true);
      expect(text.includes(figure.value.text), figure.id).toBe(true);
      if (figure.comparison) {
        expect(text.includes(figure.comparison.measure.text), figure.id).toBe(true);
      }
    }
    const tiles = blocks(html, '<li class="tile ').map(visibleText);
    const expected = readExpected().summary;
    expect(tiles).toHaveLength(expected.length);
    expected.forEach((tile, i) => {
      const rating = tile.rating as keyof typeof RATING_LABELS;
      expect(tiles[i]).toContain(RATING_LABELS[rating]);
    });
  });

  it('shows the rows of every expected table', () => {
    const text = visibleText(html);
    for (const table of readExpected().tables) {
      for (const row of expectedRows(table)) {
        expect(text.includes(collapse(row.join(' '))), `${table.id}: ${row.join(' | ')}`).toBe(
          true,
        );
      }
    }
  });

  it('lists each source once in appendix 3, with the sections of all its tables', () => {
    const appendix = html.slice(html.indexOf('id="bijlage-3"'), html.indexOf('id="bijlage-4"'));
    const sourceTable = appendix.slice(0, appendix.indexOf('Gebruikte imports'));
    const catalogueRows = blocks(sourceTable, '<tr>').filter((row) =>
      row.includes('<th scope="row">Softwarecatalogus</th>'),
    );
    expect(catalogueRows).toHaveLength(1);
    expect(visibleText(catalogueRows[0] ?? '')).toContain('23-1-2017 dagelijks');
    expect(visibleText(catalogueRows[0] ?? '')).toMatch(/1\.3, 2\.1, 2\.2, 2\.3, 2\.4, 2\.5/);
  });

  it('prints to a PDF whose text has the 2.2 rows and the footer', async () => {
    mkdirSync('test-artifacts', { recursive: true });
    const path = 'test-artifacts/engine-schagen.pdf';
    writeFileSync(path, await printer.print(html));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Pagina 1 van \d+/);
    expect(text).toContain('Schagen · peildatum 23-1-2017');
    const duplicates = readExpected().tables.find((t) => t.id === 'dubbele_functionaliteit');
    const rows = duplicates ? expectedRows(duplicates) : [];
    expect(rows).toHaveLength(26);
    for (const row of rows) {
      const pattern = row.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      expect(new RegExp(pattern).test(text), row.join(' | ')).toBe(true);
    }
  });
});
