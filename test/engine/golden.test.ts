import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.ts';
import { methodologyFor } from '../../src/methodology/index.ts';
import type { Report } from '../../src/report/model.ts';
import {
  type ExpectedMonitor,
  expectedRows,
  GOLDEN_DATE,
  readExpected,
  readGoldenTables,
} from '../helpers/golden.ts';

let engine: Engine;
let report: Report;
let expected: ExpectedMonitor;

beforeAll(async () => {
  const { tables, imports } = await readGoldenTables();
  engine = createEngine({
    tables,
    imports,
    referenceDate: GOLDEN_DATE,
    methodology: methodologyFor(GOLDEN_DATE),
    help: [],
  });
  report = engine.report('GM0441');
  expected = readExpected();
});

describe('golden delivery 2017Q1: the Schagen monitor', () => {
  it('is Schagen at 23-1-2017 under methodology 1.14', () => {
    expect(report.municipality.name).toBe(expected.gemeentenaam);
    expect(report.referenceDateText).toBe('23-1-2017');
    expect(report.methodology.version).toBe('1.14');
    expect(report.nationalBasis).toBe(388);
    expect(report.peerGroup).toEqual({ stars: 4, size: 95 });
  });

  it('rates the 16 summary tiles as expected, in order', () => {
    const tiles = report.summary.flatMap((group) => group.tiles);
    expect(tiles.map((t) => [t.section, t.rating])).toEqual(
      expected.summary.map((s) => [s.section, s.rating]),
    );
  });

  it('shows every expected figure with its value, comparison and rating', () => {
    const figures = new Map(report.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
    for (const want of expected.figures) {
      const got = figures.get(want.id);
      expect(got, want.id).toBeDefined();
      expect([want.id, got?.section, got?.value.text, got?.rating]).toEqual([
        want.id,
        want.section,
        want.value,
        want.rating,
      ]);
      if (want.comparison !== null) {
        expect([want.id, got?.comparison?.measure.text]).toEqual([want.id, want.comparison]);
      }
    }
  });

  it('lists every expected table row, cell by cell, in the methodology order', () => {
    const tables = new Map(report.sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
    for (const want of expected.tables) {
      expect(tables.get(want.id)?.rows, want.id).toEqual(expectedRows(want));
    }
  });

  it('notes that Schagen uses more than one e-forms package', () => {
    const maturity = report.sections.find((s) => s.id === '1.1');
    expect(maturity?.tables[0]?.notes.join(' ')).toMatch(/3 pakketten voor e-formulieren/);
  });

  it('keeps summary and sections in agreement for every municipality', () => {
    for (const { code } of engine.municipalities) {
      const each = engine.report(code);
      const figures = new Map(each.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
      for (const tile of each.summary.flatMap((g) => g.tiles)) {
        expect([code, tile.id, tile.rating]).toEqual([
          code,
          tile.id,
          figures.get(tile.figureId)?.rating,
        ]);
      }
    }
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
