import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyEngineAt, monitorWithHistory } from '../../src/history/monitor.ts';
import type { Figure, Report } from '../../src/report/model.ts';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';
import { Q1_2017, Q2_2017, Q4_2016, storeHistory } from './helpers.ts';

let test: TestStore;

beforeAll(async () => {
  test = await openTestStore();
  await storeHistory(test.store);
});
afterAll(() => test.close());

function figureOf(report: Report, id: string): Figure {
  const found = report.sections.flatMap((s) => s.figures).find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

const at = (code: string, date = Q1_2017) =>
  monitorWithHistory(test.store, code, date, { help: [] });

describe('change since the previous quarter', () => {
  it('says up, down and equal, with the earlier value and its date', async () => {
    const up = figureOf(await at('GM0001'), 'referentiecomponenten').change;
    expect(up?.direction).toBe('up');
    expect(up?.previous?.text).toBe('20%');
    expect(up?.previousDate).toBe(Q4_2016);
    expect(up?.text).toBe('hoger dan vorig kwartaal (20% op 24-10-2016)');
    const down = figureOf(await at('GM0003'), 'referentiecomponenten').change;
    expect([down?.direction, down?.text]).toEqual([
      'down',
      'lager dan vorig kwartaal (30% op 24-10-2016)',
    ]);
    const equal = figureOf(await at('GM0002'), 'referentiecomponenten').change;
    expect([equal?.direction, equal?.previous?.text]).toEqual(['equal', '30%']);
  });

  it('compares exact values: 6,5 to 7,0 is up, an unchanged 7,0 is equal', async () => {
    const up = figureOf(await at('GM0001'), 'burgerpeiling_digitaal').change;
    expect([up?.direction, up?.previous?.text]).toEqual(['up', '6,5']);
    const same = figureOf(await at('GM0002'), 'burgerpeiling_digitaal').change;
    expect(same?.direction).toBe('equal');
  });

  it('says changed or equal for a yes/no figure', async () => {
    const changed = figureOf(await at('GM0001'), 'eherkenning').change;
    expect([changed?.direction, changed?.text]).toEqual([
      'changed',
      'anders dan vorig kwartaal (Nee op 24-10-2016)',
    ]);
    expect(figureOf(await at('GM0002'), 'eherkenning').change?.direction).toBe('equal');
  });

  it('says there is nothing to compare with when a value is missing then', async () => {
    const change = figureOf(await at('GM0003'), 'burgerpeiling_digitaal').change;
    expect(change?.direction).toBe('none');
    expect(change?.text).toBe('niet te vergelijken: geen waarde op 24-10-2016');
  });
});

describe('a mean over another set of municipalities', () => {
  it('notes a national mean whose members changed by a merger, naming them', async () => {
    const note = figureOf(await at('GM0001'), 'voorzieningen').change?.basisNote;
    expect(note).toBe(
      'Landelijk gemiddelde gaat over andere gemeenten dan op 24-10-2016: nu 5, toen 6. ' +
        'Niet meer meegeteld: Gemeente 4, Gemeente 5 en Gemeente 6. ' +
        'Nieuw meegeteld: Nieuwdorp en Samenstad.',
    );
  });

  it('notes new survey participants even when the count stayed the same', async () => {
    // Participants went from 1, 2 and 4 to 1, 2 and 3: three both times.
    const note = figureOf(await at('GM0001'), 'burgerpeiling_digitaal').change?.basisNote;
    expect(note).toBe(
      'Landelijk gemiddelde gaat over andere gemeenten dan op 24-10-2016: nu 3, toen 3. ' +
        'Niet meer meegeteld: Gemeente 4. Nieuw meegeteld: Gemeente 3.',
    );
  });

  it('has no note when the set is the same', async () => {
    const report = await at('GM0001', Q2_2017);
    expect(figureOf(report, 'voorzieningen').change?.basisNote).toBeNull();
    expect(figureOf(report, 'burgerpeiling_digitaal').change?.basisNote).toBeNull();
  });
});

describe('a merger', () => {
  it('compares a new successor of one predecessor with that predecessor', async () => {
    const report = await at('GM0011');
    const change = figureOf(report, 'referentiecomponenten').change;
    expect(change?.direction).toBe('up');
    expect(change?.text).toBe('hoger dan vorig kwartaal (Gemeente 6: 25% op 24-10-2016)');
    expect(report.history?.mergers.map((m) => m.text)).toEqual([
      'Nieuwdorp is op 1-1-2017 ontstaan uit Gemeente 6 (GM0006). Tot die datum vergelijkt de ' +
        'monitor met de cijfers van Gemeente 6 (GM0006), in de verandering sinds vorig ' +
        'kwartaal en in de ontwikkeling.',
    ]);
    const trend = report.sections.find((s) => s.id === '2.1')?.trend;
    expect(trend?.series[0]?.values.map((v) => v?.text ?? null)).toEqual(['25%', '28%']);
  });

  it('says a successor of several cannot be compared one to one, and draws each line', async () => {
    const report = await at('GM0010');
    const change = figureOf(report, 'referentiecomponenten').change;
    expect([change?.direction, change?.previous]).toEqual(['none', null]);
    expect(change?.text).toBe(
      'niet één op één te vergelijken met vorig kwartaal: Samenstad is ontstaan uit ' +
        'Gemeente 4 en Gemeente 5',
    );
    const merger = report.history?.mergers[0];
    expect(merger?.predecessors.map((p) => p.code)).toEqual(['GM0004', 'GM0005']);
    expect(merger?.dateText).toBe('1-1-2017');
    const trend = report.sections.find((s) => s.id === '2.1')?.trend;
    expect(
      trend?.series.map((s) => [s.role, s.label, s.values.map((v) => v?.text ?? null)]),
    ).toEqual([
      ['municipality', 'Samenstad', [null, '35%']],
      ['predecessor', 'Gemeente 4 (tot 1-1-2017)', ['10%', null]],
      ['predecessor', 'Gemeente 5 (tot 1-1-2017)', ['40%', null]],
      ['comparison', 'Landelijk gemiddelde', ['26%', '29%']],
    ]);
  });

  it('lets a new successor start without history when the setting says so', async () => {
    const report = await monitorWithHistory(test.store, 'GM0011', Q1_2017, {
      help: [],
      successorHistory: 'none',
    });
    const change = figureOf(report, 'referentiecomponenten').change;
    expect([change?.direction, change?.text]).toEqual([
      'none',
      'geen vorig kwartaal: Nieuwdorp bestond op 24-10-2016 nog niet',
    ]);
    expect(report.history?.mergers[0]?.text).toContain('begint de ontwikkeling van Nieuwdorp');
  });
});

describe('the history of a monitor', () => {
  it('follows every quarter point up to the reference date', async () => {
    const report = await at('GM0001', Q2_2017);
    expect(report.history?.points.map((p) => p.dateText)).toEqual([
      '24-10-2016',
      '23-1-2017',
      '24-4-2017',
    ]);
    expect(report.history?.previous?.date).toBe(Q1_2017);
    const trend = report.sections.find((s) => s.id === '1.2')?.trend;
    expect(trend?.series.map((s) => s.values.map((v) => v?.text ?? null))).toEqual([
      ['6,5', '7,0', '7,0'],
      ['6,5', '6,7', '6,7'],
    ]);
  });

  it('leaves the plain report as the engine made it: the same values, ratings and texts', async () => {
    const engine = await historyEngineAt(test.store, Q1_2017, { help: [] });
    const withHistory = engine.report('GM0001');
    const strip = (report: Report) =>
      report.sections.map(({ trend: _t, ...section }) => ({
        ...section,
        figures: section.figures.map(({ change: _c, ...figure }) => figure),
      }));
    const { sections: _s, history: _h, ...rest } = withHistory;
    const plainEngine = (await import('../../src/history/engines.ts')).engineAt;
    const plain = (await plainEngine(test.store, Q1_2017, { help: [] })).report('GM0001');
    const { sections: _p, ...plainRest } = plain;
    expect(strip(withHistory)).toEqual(plain.sections);
    expect(rest).toEqual(plainRest);
  });
});
