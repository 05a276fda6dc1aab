/**
 * The golden test through every real part: the shipped delivery imported into a store (SQLite,
 * or PostgreSQL under MDD_TEST_DATABASE), the tables loaded at 23-1-2017, the engine, the HTML
 * view, Chromium's PDF and `pdftotext`. Every expected figure, rating and table row must be readable in the PDF's text (in content
 * order, where a wrapped cell continues on the next line), in order.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.ts';
import { methodologyFor } from '../../src/methodology/index.ts';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { RATING_LABELS } from '../../src/report/html/rating.tsx';
import type { Rating, Report } from '../../src/report/model.ts';
import { openPdfPrinter } from '../../src/report/pdf.ts';
import { importDelivery } from '../../src/store/import.ts';
import { loadTablesAt } from '../../src/store/tables-at.ts';
import {
  type ExpectedMonitor,
  expectedRows,
  GOLDEN_DATE,
  GOLDEN_FOLDER,
  readExpected,
} from '../helpers/golden.ts';
import { openTestStore } from '../helpers/test-store.ts';

let folder: string;
let report: Report;
let text: string;
let expected: ExpectedMonitor;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mdd-golden-'));
  const test = await openTestStore();
  const { store } = test;
  const outcome = await importDelivery(store, GOLDEN_FOLDER);
  expect(outcome.ok).toBe(true);
  const { tables, imports } = await loadTablesAt(store, GOLDEN_DATE);
  await test.close();
  const methodology = methodologyFor(GOLDEN_DATE);
  const engine = createEngine({
    tables,
    imports,
    referenceDate: GOLDEN_DATE,
    methodology,
    help: [],
  });
  report = engine.report('GM0441');
  const printer = await openPdfPrinter();
  try {
    const pdf = join(folder, 'GM0441.pdf');
    await writeFile(pdf, await printer.print(renderReportHtml(report)));
    text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
  } finally {
    await printer.close();
  }
  expected = readExpected();
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Finds each needle after the previous one; returns the first needle not found, or null. */
function missingInOrder(haystack: string, needles: string[]): string | null {
  let position = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, position);
    if (found < 0) return needle;
    position = found + needle.length;
  }
  return null;
}

/** The text of one section: from its heading to the next section's or appendix's heading. */
function sectionText(section: string): string {
  const headings = [...text.matchAll(/^\s*(\d\.\d) \S|^Bijlage 1:/gm)];
  const start = headings.findIndex((m) => m[1] === section);
  expect(start, `heading ${section}`).toBeGreaterThanOrEqual(0);
  return text.slice(headings[start]?.index, headings[start + 1]?.index);
}

function ratingWords(rating: string): string {
  return RATING_LABELS[rating as Rating];
}

describe('the Schagen monitor as text in its PDF', () => {
  it('records the imports it used, one per table, from the store', () => {
    expect(report.imports).toHaveLength(12);
    expect(new Set(report.imports.map((i) => i.table)).size).toBe(12);
  });

  it('shows the 16 summary tiles with their ratings in words, in order', () => {
    const summary = text.slice(0, text.indexOf('Legenda'));
    const tiles = report.summary.flatMap((group) => group.tiles);
    const needles = expected.summary.flatMap((want, i) => [
      tiles[i]?.label ?? '?',
      ratingWords(want.rating),
    ]);
    expect(missingInOrder(summary, needles)).toBeNull();
  });

  it('shows every expected figure with its value, comparison and rating in its section', () => {
    const figures = new Map(report.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
    for (const want of expected.figures) {
      const label = figures.get(want.id)?.label ?? want.id;
      const needles = [label, want.value];
      if (want.comparison !== null) needles.push(want.comparison);
      if (want.rating !== null && want.id !== 'sterren') needles.push(ratingWords(want.rating));
      const section = sectionText(want.section).replace(/\s+/g, ' ');
      expect([want.id, missingInOrder(section, needles)]).toEqual([want.id, null]);
    }
  });

  it('lists every expected table row, cell after cell, in the methodology order', () => {
    for (const table of expected.tables) {
      const section = sectionText(table.id === 'kansen_ondernemers' ? '1.1' : sectionOf(table.id));
      const rows = expectedRows(table).map((row) =>
        row
          .map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
          .join('\\s+'),
      );
      let position = 0;
      for (const [i, pattern] of rows.entries()) {
        const match = new RegExp(pattern, 'g');
        match.lastIndex = position;
        const found = match.exec(section);
        expect([table.id, i, found !== null]).toEqual([table.id, i, true]);
        position = (found?.index ?? 0) + (found?.[0].length ?? 0);
      }
    }
  });
});

function sectionOf(tableId: string): string {
  const table = report.sections.find((s) => s.tables.some((t) => t.id === tableId));
  return table?.id ?? '?';
}
