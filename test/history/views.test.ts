import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterDates } from '../../src/history/engines.ts';
import { monitorWithHistory } from '../../src/history/monitor.ts';
import { renderReportCsv } from '../../src/report/csv.ts';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import type { Report } from '../../src/report/model.ts';
import { schagenReport } from '../fixtures/report-schagen.ts';
import { GOLDEN_DATE, readExpected } from '../helpers/golden.ts';
import { openGoldenTestStore, openTestStore, type TestStore } from '../helpers/test-store.ts';
import { Q1_2017, storeHistory } from './helpers.ts';

let history: TestStore;
let report: Report;

beforeAll(async () => {
  history = await openTestStore();
  await storeHistory(history.store);
  report = await monitorWithHistory(history.store, 'GM0001', Q1_2017, { help: [] });
});
afterAll(() => history.close());

const csvRows = (csv: string) => csv.split('\r\n').map((line) => line.split(';'));

describe('a monitor with history in its views', () => {
  it('shows each change in words with a mark hidden from screen readers, and the basis note', () => {
    const html = renderReportHtml(report);
    expect(html).toContain(
      '<span class="change__mark" aria-hidden="true">▲</span> hoger dan vorig kwartaal (20% op ' +
        '<span class="nowrap">24-10-2016</span>)',
    );
    expect(html).toContain('Nieuw meegeteld: Nieuwdorp en Samenstad.');
  });

  it('draws a trend per section with its numbers in a table', () => {
    const html = renderReportHtml(report);
    expect(html.match(/class="trend"/g)).toHaveLength(14);
    expect(html).toContain('<caption>Referentiecomponenten gevuld per kwartaal</caption>');
    expect(html).toContain('role="img" aria-label="Lijndiagram Referentiecomponenten gevuld');
  });

  it('gives the earlier value, its date and the direction as CSV columns', () => {
    const rows = csvRows(renderReportCsv(report));
    const header = rows[0] ?? [];
    expect(header.slice(-4)).toEqual([
      'vorige_peildatum',
      'vorige_waarde',
      'verandering',
      'andere_gemeenten_in_vergelijking',
    ]);
    const row = rows.find((r) => r[4] === 'referentiecomponenten') ?? [];
    expect(row.slice(-4, -1)).toEqual(['24-10-2016', '20%', 'hoger']);
    const yesNo = rows.find((r) => r[4] === 'eherkenning') ?? [];
    expect(yesNo.slice(-4, -1)).toEqual(['24-10-2016', 'Nee', 'anders']);
  });

  it('keeps the whole history in the JSON, unchanged by a round trip', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.history?.points).toHaveLength(2);
  });

  it('still renders an archived monitor from before the history, without changes or trends', () => {
    const old = schagenReport();
    expect(old.history).toBeUndefined();
    const html = renderReportHtml(old);
    expect(html).not.toContain('class="change');
    expect(html).not.toContain('class="trend"');
    const header = csvRows(renderReportCsv(old))[0] ?? [];
    const row = csvRows(renderReportCsv(old)).find((r) => r[4] === 'volwassenheid_burger') ?? [];
    expect(row).toHaveLength(header.length);
    expect(row.slice(-4)).toEqual(['', '', '', '']);
  });
});

describe('a monitor with one quarter only: the golden delivery', () => {
  let golden: TestStore;
  let schagen: Report;

  beforeAll(async () => {
    golden = await openGoldenTestStore();
    schagen = await monitorWithHistory(golden.store, 'GM0441', undefined, { help: [] });
  }, 120_000);
  afterAll(() => golden.close());

  it('has one quarter point, no change markers and a one-point trend', async () => {
    expect(await quarterDates(golden.store)).toEqual([GOLDEN_DATE]);
    const figures = schagen.sections.flatMap((s) => s.figures);
    expect(figures.every((f) => f.change === null)).toBe(true);
    expect(schagen.history?.previous).toBeNull();
    expect(schagen.sections.every((s) => s.trend?.points.length === 1)).toBe(true);
  });

  it('keeps the golden figures of Schagen unchanged', () => {
    const figures = new Map(schagen.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
    for (const want of readExpected().figures) {
      const got = figures.get(want.id);
      expect([want.id, got?.value.text, got?.rating]).toEqual([want.id, want.value, want.rating]);
      if (want.comparison !== null) {
        expect([want.id, got?.comparison?.measure.text]).toEqual([want.id, want.comparison]);
      }
    }
  });

  it('renders with a table for each trend and no chart of a single point', () => {
    const html = renderReportHtml(schagen);
    expect(html).not.toContain('class="change');
    expect(html.match(/class="trend__table"/g)).toHaveLength(14);
    expect(html).not.toContain('Lijndiagram');
  });
});
