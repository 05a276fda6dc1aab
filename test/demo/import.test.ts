/**
 * The six quarters (golden 2017Q1 and the demo history) import cleanly into one store, each
 * quarter's monitor uses that quarter's own files, and loading the history leaves the golden
 * monitor at 23-1-2017 exactly as it was.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PATHS } from '../../src/demo/generate.ts';
import { createEngine } from '../../src/engine/index.ts';
import { methodologyInForce } from '../../src/methodology/store.ts';
import type { Report } from '../../src/report/model.ts';
import { importDelivery } from '../../src/store/import.ts';
import type { Store } from '../../src/store/open.ts';
import { loadTablesAt } from '../../src/store/tables-at.ts';
import { openGoldenTestStore, openTestStore, type TestStore } from '../helpers/test-store.ts';

const QUARTERS = [
  { folder: join(DEMO_PATHS.out, '2016Q1'), date: '2016-01-23' },
  { folder: join(DEMO_PATHS.out, '2016Q2'), date: '2016-04-23' },
  { folder: join(DEMO_PATHS.out, '2016Q3'), date: '2016-07-23' },
  { folder: join(DEMO_PATHS.out, '2016Q4'), date: '2016-10-23' },
  { folder: DEMO_PATHS.golden, date: '2017-01-23' },
  { folder: join(DEMO_PATHS.out, '2017Q2'), date: '2017-04-23' },
];

let history: TestStore;
let golden: TestStore;

beforeAll(async () => {
  history = await openTestStore();
  golden = await openGoldenTestStore();
}, 60_000);

afterAll(async () => {
  await history?.close();
  await golden?.close();
});

async function engineAt(store: Store, date: string) {
  const { tables, imports } = await loadTablesAt(store, date);
  const methodology = await methodologyInForce(store, date);
  return createEngine({ tables, imports, referenceDate: date, methodology, help: [] });
}

/** The index of a delivery as { table: ISO data date }. */
async function indexDates(folder: string): Promise<Record<string, string>> {
  const text = await readFile(join(folder, 'bronnen.csv'), 'utf8');
  const lines = text.replace('\uFEFF', '').trim().split(/\r\n/).slice(1);
  return Object.fromEntries(
    lines.map((line) => {
      const [table = '', , date = ''] = line.split(';');
      const [d = '', m = '', y = ''] = date.split('-');
      return [table, `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`];
    }),
  );
}

function withoutImports(report: Report) {
  const { imports: _imports, appendices, ...rest } = report;
  return { ...rest, versions: appendices.versions, ratings: appendices.ratings };
}

describe('the demo history in one store', () => {
  it('imports every quarter without an error or a warning', async () => {
    for (const { folder } of QUARTERS) {
      const outcome = await importDelivery(history.store, folder);
      expect(outcome.issues, folder).toEqual([]);
      expect(outcome.ok, folder).toBe(true);
    }
  }, 300_000);

  it('gives every quarter its own files at its catalogue date', async () => {
    for (const { folder, date } of QUARTERS) {
      const { imports } = await loadTablesAt(history.store, date);
      const used = Object.fromEntries(
        Object.entries(imports).map(([table, version]) => [table, version?.dataDate]),
      );
      expect(used, folder).toEqual(await indexDates(folder));
    }
  });

  it('moves plausibly: the national catalogue and 14+ grow from 2016Q1 to 2017Q2', async () => {
    const counts = [];
    for (const { date } of QUARTERS) {
      const { tables } = await loadTablesAt(history.store, date);
      counts.push({
        portfolio: tables.gemeente_pakketversies.length,
        operational: tables.telefonie14.filter((row) => row.status === 'operationeel').length,
      });
    }
    const portfolio = counts.map((c) => c.portfolio);
    expect(portfolio).toEqual([...portfolio].sort((a, b) => a - b));
    expect(portfolio[0]).toBeLessThan(portfolio[5] ?? 0);
    const operational = counts.map((c) => c.operational);
    expect(operational).toEqual([...operational].sort((a, b) => a - b));
  });

  it('has Veghel in the 2016 quarters and Meierijstad in its place in 2017', async () => {
    const late2016 = await engineAt(history.store, '2016-10-23');
    const codes2016 = late2016.municipalities.map((m) => m.code);
    expect(codes2016).toHaveLength(390);
    expect(codes2016).toEqual(expect.arrayContaining(['GM0844', 'GM0846', 'GM0860']));
    expect(codes2016).not.toContain('GM1948');
    expect(late2016.report('GM0860').municipality.name).toBe('Veghel');

    const spring2017 = await engineAt(history.store, '2017-04-23');
    const codes2017 = spring2017.municipalities.map((m) => m.code);
    expect(codes2017).toHaveLength(388);
    expect(codes2017).toContain('GM1948');
    expect(codes2017).not.toContain('GM0860');
  });

  it('leaves the golden monitor of Schagen at 23-1-2017 as it was', async () => {
    const withHistory = (await engineAt(history.store, '2017-01-23')).report('GM0441');
    const goldenOnly = (await engineAt(golden.store, '2017-01-23')).report('GM0441');
    expect(withoutImports(withHistory)).toEqual(withoutImports(goldenOnly));
    expect(withHistory.methodology.version).toBe('1.14');
  });
});
