/**
 * The rules behind explanations, on Schagen's real monitor: the theme fingerprint, when an
 * explanation shows (pure `withExplanations`), the input checks, and the store's history
 * (insert, withdraw once, replace) on whichever database the tests run on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explanationState, withExplanations } from '../../src/explanations/apply.ts';
import {
  DEFAULT_EXPLANATION_SETTINGS,
  explanationSettings,
} from '../../src/explanations/settings.ts';
import {
  addExplanation,
  listExplanations,
  type StoredExplanation,
  withdrawExplanation,
} from '../../src/explanations/store.ts';
import { themeFingerprint, themesOf } from '../../src/explanations/themes.ts';
import { parseDate, validateExplanation } from '../../src/explanations/validate.ts';
import { monitorFor } from '../../src/portal/reports.ts';
import type { Report } from '../../src/report/model.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';

let test: TestStore;
let report: Report;

beforeAll(async () => {
  test = await openGoldenTestStore();
  report = await monitorFor(test.store, 'GM0441', '2017-01-23');
});
afterAll(async () => {
  await test.close();
});

function stored(overrides: Partial<StoredExplanation> = {}): StoredExplanation {
  return {
    id: 1,
    municipality: 'GM0441',
    theme: 'saas',
    text: 'Uitleg',
    endDate: '2017-06-30',
    referenceDate: '2017-01-23',
    fingerprint: themeFingerprint(report, 'saas') ?? '',
    author: 'medewerker@schagen.nl',
    createdAt: '2017-02-01T09:00:00.000Z',
    withdrawnAt: null,
    withdrawnBy: null,
    ...overrides,
  };
}

/** Schagen's report with the SaaS figure's value changed, as a later import would. */
function withSaasValue(text: string, numerator: number, denominator = 1): Report {
  return {
    ...report,
    sections: report.sections.map((section) => ({
      ...section,
      figures: section.figures.map((figure) =>
        figure.id === 'saas'
          ? { ...figure, value: { ...figure.value, text, exact: { numerator, denominator } } }
          : figure,
      ),
    })),
  };
}

describe('theme fingerprints', () => {
  it('cover the 16 tiles and record value and rating of the rated figure', () => {
    expect(themesOf(report)).toHaveLength(16);
    expect(JSON.parse(themeFingerprint(report, 'saas') ?? '')).toEqual({
      theme: 'saas',
      tileRating: 'attention',
      figure: 'saas',
      exact: [6, 1],
      text: '6',
      rating: 'attention',
    });
    expect(themeFingerprint(report, 'bestaat_niet')).toBeNull();
  });

  it('see an equal value in other terms as unchanged, a different value as changed', () => {
    const fingerprint = themeFingerprint(report, 'saas');
    expect(themeFingerprint(withSaasValue('6', 12, 2), 'saas')).toBe(fingerprint);
    expect(themeFingerprint(withSaasValue('7', 7), 'saas')).not.toBe(fingerprint);
  });
});

describe('withExplanations', () => {
  const tileOf = (r: Report, id: string) => themesOf(r).find((tile) => tile.id === id);
  const figureOf = (r: Report, id: string) =>
    r.sections.flatMap((s) => s.figures).find((figure) => figure.id === id);

  it('puts a live explanation on the tile and its figure without changing the input', () => {
    const shown = withExplanations(report, [stored()], '2017-02-01');
    const expected = {
      text: 'Uitleg',
      endDate: '2017-06-30',
      endDateText: '30-6-2017',
      writtenOn: '2017-02-01',
      writtenOnText: '1-2-2017',
    };
    expect(tileOf(shown, 'saas')?.explanation).toEqual(expected);
    expect(figureOf(shown, 'saas')?.explanation).toEqual(expected);
    expect(tileOf(report, 'saas')?.explanation).toBeUndefined();
    expect(JSON.stringify(shown).match(/"explanation"/g)).toHaveLength(2);
  });

  it('shows nothing that is withdrawn, past its end date, changed, or of another municipality', () => {
    const cases: [StoredExplanation, string, Report, string][] = [
      [stored({ withdrawnAt: '2017-02-02T00:00:00Z' }), '2017-02-03', report, 'withdrawn'],
      [stored(), '2017-07-01', report, 'expired'],
      [stored(), '2017-02-01', withSaasValue('7', 7), 'figure-changed'],
      [stored({ municipality: 'GM0400' }), '2017-02-01', report, 'figure-changed'],
    ];
    for (const [explanation, today, on, state] of cases) {
      expect(explanationState(explanation, on, today)).toBe(state);
      expect(JSON.stringify(withExplanations(on, [explanation], today))).not.toContain(
        '"explanation"',
      );
    }
    expect(explanationState(stored(), report, '2017-06-30')).toBe('shown');
  });

  it('shows the newest of several, and removes explanations an archived model carried', () => {
    const older = stored({ id: 1, text: 'Oud' });
    const newer = stored({ id: 2, text: 'Nieuw', createdAt: '2017-02-02T09:00:00.000Z' });
    const shown = withExplanations(report, [newer, older], '2017-02-03');
    expect(tileOf(shown, 'saas')?.explanation?.text).toBe('Nieuw');
    const cleared = withExplanations(shown, [], '2017-02-03');
    expect(JSON.stringify(cleared)).not.toContain('"explanation"');
  });
});

describe('validateExplanation', () => {
  const context = {
    today: '2017-02-01',
    themes: new Set(['saas']),
    settings: DEFAULT_EXPLANATION_SETTINGS,
  };

  it('accepts plain text up to the limit and an end date from today to a year ahead', () => {
    const text = `  ${'é'.repeat(498)}\r\n! `;
    const result = validateExplanation({ theme: 'saas', text, endDate: '1-2-2018' }, context);
    expect(result).toEqual({
      ok: true,
      value: { theme: 'saas', text: `${'é'.repeat(498)}\n!`, endDate: '2018-02-01' },
    });
    const today = validateExplanation({ theme: 'saas', text: 'x', endDate: '2017-02-01' }, context);
    expect(today.ok).toBe(true);
  });

  it('names every problem in Dutch, per field', () => {
    const result = validateExplanation(
      { theme: '', text: 'a\u0007b', endDate: '2017-1-1' },
      context,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        thema: 'Kies een thema uit de lijst.',
        tekst: 'De toelichting bevat tekens die geen gewone tekst zijn.',
        einddatum: 'Vul een geldige einddatum in, bijvoorbeeld 31-12-2017.',
      },
    });
  });

  it('reads only calendar dates', () => {
    expect(parseDate('2017-02-29')).toBeNull();
    expect(parseDate('29-2-2016')).toBe('2016-02-29');
    expect(parseDate('2017-13-01')).toBeNull();
    expect(parseDate('morgen')).toBeNull();
  });

  it('takes the longest end date from MDD_EXPLANATION_MAX_DAYS', () => {
    expect(explanationSettings({ MDD_EXPLANATION_MAX_DAYS: '30' }).maxDaysAhead).toBe(30);
    expect(explanationSettings({}).maxDaysAhead).toBe(365);
    expect(() => explanationSettings({ MDD_EXPLANATION_MAX_DAYS: '-1' })).toThrow(
      'MDD_EXPLANATION_MAX_DAYS moet een positief geheel getal zijn',
    );
    const settings = explanationSettings({ MDD_EXPLANATION_MAX_DAYS: '30' });
    const result = validateExplanation(
      { theme: 'saas', text: 'x', endDate: '2017-03-04' },
      { ...context, settings },
    );
    expect(result).toEqual({
      ok: false,
      errors: { einddatum: 'De einddatum ligt te ver vooruit. Kies uiterlijk 3-3-2017.' },
    });
  });
});

describe('the explanations store', () => {
  const base = {
    municipality: 'GM0441',
    theme: 'saas',
    endDate: '2017-06-30',
    referenceDate: '2017-01-23',
    fingerprint: '{}',
    author: 'medewerker@schagen.nl',
  };

  it('keeps history: a replacement withdraws the earlier one, a withdrawal happens once', async () => {
    const { store } = test;
    const first = await addExplanation(store, {
      ...base,
      text: 'Eerste',
      at: new Date('2017-02-01T09:00:00Z'),
    });
    const second = await addExplanation(
      store,
      { ...base, text: 'Tweede', at: new Date('2017-02-02T09:00:00Z') },
      [first],
    );
    let list = await listExplanations(store, 'GM0441');
    expect(list.map((e) => [e.id, e.text, e.withdrawnAt])).toEqual([
      [second, 'Tweede', null],
      [first, 'Eerste', '2017-02-02T09:00:00.000Z'],
    ]);
    expect(list[1]?.withdrawnBy).toBe('medewerker@schagen.nl');

    const at = new Date('2017-02-03T09:00:00Z');
    // Another municipality's code does not reach it.
    const other = { id: second, municipality: 'GM0400', by: 'x@denhelder.nl', at };
    expect(await withdrawExplanation(store, other)).toBeNull();
    const own = { id: second, municipality: 'GM0441', by: 'medewerker@schagen.nl', at };
    expect((await withdrawExplanation(store, own))?.withdrawnAt).toBe('2017-02-03T09:00:00.000Z');
    expect(await withdrawExplanation(store, { ...own, at: new Date() })).toBeNull();
    list = await listExplanations(store, 'GM0441');
    expect(list.map((e) => e.withdrawnAt)).toEqual([
      '2017-02-03T09:00:00.000Z',
      '2017-02-02T09:00:00.000Z',
    ]);
    expect(await listExplanations(store, 'GM0400')).toEqual([]);
  });
});
