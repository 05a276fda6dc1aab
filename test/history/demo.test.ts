/**
 * Change markers across the real merger in the demo history: Schijndel, Sint-Oedenrode and
 * Veghel became Meierijstad on 1-1-2017 (data/demo-history with the golden 2017Q1 delivery).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterDates } from '../../src/history/engines.ts';
import { monitorWithHistory } from '../../src/history/monitor.ts';
import type { Figure, Report } from '../../src/report/model.ts';
import { importDelivery } from '../../src/store/import.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';

const DEMO = fileURLToPath(new URL('../../data/demo-history/', import.meta.url));
const FOLDERS = ['2016Q1', '2016Q2', '2016Q3', '2016Q4'].map((q) => `${DEMO}${q}`);

let test: TestStore;
let meierijstad: Report;

beforeAll(async () => {
  test = await openTestStore();
  for (const folder of [...FOLDERS, GOLDEN_FOLDER, `${DEMO}2017Q2`]) {
    const outcome = await importDelivery(test.store, folder);
    if (!outcome.ok) throw new Error(`import of ${folder} failed: ${outcome.issues[0]?.message}`);
  }
  meierijstad = await monitorWithHistory(test.store, 'GM1948', '2017-01-23', { help: [] });
}, 300_000);
afterAll(() => test.close());

const figureOf = (report: Report, id: string): Figure | undefined =>
  report.sections.flatMap((s) => s.figures).find((f) => f.id === id);

describe('the demo history', () => {
  it('has six quarter points, the latest catalogue date of each quarter', async () => {
    expect(await quarterDates(test.store)).toEqual([
      '2016-01-23',
      '2016-04-23',
      '2016-07-23',
      '2016-10-23',
      '2017-01-23',
      '2017-04-23',
    ]);
  });

  it('explains Meierijstad and compares it with none of its three predecessors one to one', () => {
    expect(meierijstad.history?.mergers.map((m) => m.text)).toEqual([
      'Meierijstad is op 1-1-2017 ontstaan uit Schijndel (GM0844), Sint-Oedenrode (GM0846) en ' +
        'Veghel (GM0860). Tot die datum toont de ontwikkeling een lijn per gemeente; de ' +
        'verandering sinds vorig kwartaal is niet één op één te vergelijken.',
    ]);
    expect(figureOf(meierijstad, 'pakketten')?.change?.text).toBe(
      'niet één op één te vergelijken met vorig kwartaal: Meierijstad is ontstaan uit ' +
        'Schijndel, Sint-Oedenrode en Veghel',
    );
  });

  it('notes beside each national mean that the merger changed its municipalities', () => {
    expect(figureOf(meierijstad, 'voorzieningen')?.change?.basisNote).toBe(
      'Landelijk gemiddelde gaat over andere gemeenten dan op 23-10-2016: nu 388, toen 390. ' +
        'Niet meer meegeteld: Schijndel, Sint-Oedenrode en Veghel. Nieuw meegeteld: Meierijstad.',
    );
  });

  it('compares Meierijstad with itself one quarter after the merger', async () => {
    const later = await monitorWithHistory(test.store, 'GM1948', '2017-04-23', { help: [] });
    const change = figureOf(later, 'pakketten')?.change;
    expect(change?.direction).not.toBe('none');
    expect(change?.previousDate).toBe('2017-01-23');
    expect(later.history?.mergers[0]?.text).toMatch(/een lijn per gemeente\.$/);
  });
});
