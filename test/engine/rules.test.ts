import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.ts';
import { methodologyFor } from '../../src/methodology/index.ts';
import type { Figure, Report } from '../../src/report/model.ts';
import type { SourceTables } from '../../src/sources/tables.ts';
import {
  addCouplings,
  addVersionsWithStatus,
  buildTables,
  code,
  fillComponents,
  REFERENCE_DATE,
  setProfile,
} from '../helpers/tables-builder.ts';

const SUBJECT = code(1);

function reportOf(tables: SourceTables, municipality = SUBJECT): Report {
  const methodology = methodologyFor(REFERENCE_DATE);
  return createEngine({
    tables,
    imports: {},
    referenceDate: REFERENCE_DATE,
    methodology,
    help: [],
  }).report(municipality);
}

function figureOf(report: Report, id: string): Figure {
  const found = report.sections.flatMap((s) => s.figures).find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

function tileOf(report: Report, id: string) {
  return report.summary.flatMap((g) => g.tiles).find((t) => t.id === id);
}

/** The subject with `components` filled; a second municipality keeps the peers apart. */
function withComponents(components: number): SourceTables {
  const tables = buildTables(2);
  fillComponents(tables, SUBJECT, components);
  fillComponents(tables, code(2), 60);
  return tables;
}

describe('filled reference components at 39, 40 and 41', () => {
  it.each([
    [39, false, 'attention', 'no data'],
    [40, false, 'attention', 'ok'],
    [41, true, 'ok', 'ok'],
  ])('%i components: star 2 %s, 2.1 %s, 2.3 %s', (components, star, use, replace) => {
    const report = reportOf(withComponents(components));
    expect(report.stars.criteria.find((c) => c.id === 'componenten_hoog')?.met).toBe(star);
    expect(report.stars.criteria.find((c) => c.id === 'componenten_laag')?.met).toBe(true);
    expect(tileOf(report, 'gebruik_vulling')?.rating).toBe(use);
    expect(tileOf(report, 'te_vervangen')?.rating).toBe(replace);
  });

  it('gates 2.2 to 2.5 below 40 components but still shows their figures, with the reason', () => {
    const report = reportOf(withComponents(39));
    for (const id of ['dubbele_functionaliteit', 'te_vervangen', 'standaarden', 'saas']) {
      expect(tileOf(report, id)?.rating).toBe('no data');
      expect(tileOf(report, id)?.reason).toMatch(/minder dan 40 referentiecomponenten/);
    }
    expect(figureOf(report, 'te_vervangen').value.text).toBe('0');
  });
});

describe('days since the last change at 89, 90 and 91', () => {
  it.each([
    ['2016-10-26', 89, true, 'ok'],
    ['2016-10-25', 90, false, 'attention'],
    ['2016-10-24', 91, false, 'attention'],
  ])('last change %s is %i days: star 5 %s, 2.1 %s', (lastChange, days, star, rating) => {
    const tables = withComponents(41);
    setProfile(tables, SUBJECT, { lastChange });
    const report = reportOf(tables);
    expect(figureOf(report, 'periode_zonder_wijzigingen').value.text).toBe(String(days));
    expect(report.stars.criteria.find((c) => c.id === 'recente_wijziging')?.met).toBe(star);
    expect(tileOf(report, 'gebruik_vulling')?.rating).toBe(rating);
  });
});

describe('couplings and planned statuses at 9, 10 and 11', () => {
  it.each([
    [9, false],
    [10, true],
    [11, true],
  ])('%i couplings: star 4 %s', (count, met) => {
    const tables = withComponents(41);
    addCouplings(tables, SUBJECT, count);
    const report = reportOf(tables);
    expect(report.stars.criteria.find((c) => c.id === 'koppelingen')?.met).toBe(met);
    expect(report.stars.stars).toBe(met ? 4 : 3);
  });

  it.each([
    [9, false],
    [10, true],
    [11, true],
  ])('%i versions planned or being phased out: star 3 %s', (count, met) => {
    const tables = withComponents(41);
    addVersionsWithStatus(tables, SUBJECT, count - 1, 'gepland');
    addVersionsWithStatus(tables, SUBJECT, 0, 'uit te faseren');
    tables.gemeente_pakketversies.push({
      municipality: SUBJECT,
      packageVersionId: 'PV00399',
      status: 'uit te faseren',
      technology: 'on-premise',
      referenceComponentId: 'RC002',
    });
    const report = reportOf(tables);
    expect(report.stars.criteria.find((c) => c.id === 'gepland_of_uitfaseren')?.met).toBe(met);
  });
});

describe('a figure equal to its mean', () => {
  it('rates a survey score of exactly 6,7 against a national mean of exactly 6,7 as attention', () => {
    const tables = buildTables(10);
    // Summed in floating point these scores give a mean just below 6,7.
    const scores = [67, 68, 64, 62, 65, 65, 68, 63, 64, 84];
    scores.forEach((tenths, i) => {
      tables.peilingen.push({
        municipality: code(i + 1),
        survey: 'burgerpeiling',
        indicator: 'waardering digitale dienstverlening',
        scoreTenths: tenths,
      });
    });
    const floatMean = scores.map((s) => s / 10).reduce((a, b) => a + b, 0) / scores.length;
    expect(floatMean).toBeLessThan(6.7);
    const shown = figureOf(reportOf(tables), 'burgerpeiling_digitaal');
    expect([shown.value.text, shown.comparison?.measure.text, shown.rating]).toEqual([
      '6,7',
      '6,7',
      'attention',
    ]);
  });

  it('rates a maturity equal to the national mean as attention and above it as ok', () => {
    const tables = buildTables(2);
    const levels: [number, 0 | 33 | 66 | 100][] = [
      [1, 66],
      [2, 66],
    ];
    for (const [n, level] of levels) {
      tables.digitale_volwassenheid.push({
        municipality: code(n),
        product: 'Parkeervergunning',
        audience: 'burger',
        level,
        researchYear: 2016,
      });
    }
    expect(figureOf(reportOf(tables), 'volwassenheid_burger').rating).toBe('attention');
    tables.digitale_volwassenheid.push({
      municipality: SUBJECT,
      product: 'Hondenbelasting',
      audience: 'burger',
      level: null,
      researchYear: 2016,
    });
    const unchanged = figureOf(reportOf(tables), 'volwassenheid_burger');
    expect([unchanged.value.text, unchanged.rating]).toEqual(['66%', 'attention']);
  });
});

describe('missing data against a recorded no', () => {
  it('rates an absent row as no data and a recorded "nee" as not ok', () => {
    const tables = buildTables(2);
    tables.landelijke_voorzieningen.push({
      municipality: code(2),
      facility: 'eherkenning',
      connected: false,
    });
    const absent = figureOf(reportOf(tables), 'eherkenning');
    expect([absent.value.text, absent.rating]).toEqual(['-', 'no data']);
    const recorded = figureOf(reportOf(tables, code(2)), 'eherkenning');
    expect([recorded.value.text, recorded.rating]).toEqual(['Nee', 'not ok']);
  });

  it('rates a municipality missing from 14+, GGk and surveys as no data', () => {
    const report = reportOf(buildTables(1));
    for (const id of ['telefonie14', 'ggk_ijw_actief', 'burgerpeiling_digitaal']) {
      expect([id, figureOf(report, id).rating]).toEqual([id, 'no data']);
    }
  });
});

describe('municipalities without an account or without packages', () => {
  it('gives a municipality without an account no stars, 2.1 not ok and the gate', () => {
    const tables = withComponents(0);
    setProfile(tables, SUBJECT, { account: false, contactPerson: true });
    addCouplings(tables, SUBJECT, 12);
    const report = reportOf(tables);
    expect(report.stars.stars).toBe(0);
    expect(tileOf(report, 'gebruik_vulling')?.rating).toBe('not ok');
    expect(figureOf(report, 'contactgegevens').value.text).toBe('Nee');
    expect(tileOf(report, 'voorzieningen')?.rating).toBe('not ok');
    expect(tileOf(report, 'saas')?.rating).toBe('no data');
  });

  it('gives an account without packages no stars, even with couplings and a recent change', () => {
    const tables = withComponents(0);
    addCouplings(tables, SUBJECT, 12);
    expect(reportOf(tables).stars.stars).toBe(0);
  });
});

describe('packages to replace', () => {
  it('counts versions in production whose support ended strictly before the reference date', () => {
    const tables = withComponents(41);
    const ends: Record<string, string> = {
      PV00001: '2017-01-22',
      PV00002: '2017-01-23',
      PV00003: '2015-06-30',
    };
    for (const version of tables.pakketversies) version.endOfSupport = ends[version.id] ?? null;
    const report = reportOf(tables);
    expect(figureOf(report, 'te_vervangen').value.text).toBe('2');
    expect(tileOf(report, 'te_vervangen')?.rating).toBe('not ok');
    const rows = report.sections.find((s) => s.id === '2.3')?.tables[0]?.rows;
    expect(rows?.map((r) => r[2])).toEqual(['30-6-2015', '22-1-2017']);
  });
});

describe('use of standards', () => {
  it('rates none registered not ok, equal to the peer mean attention, above it ok', () => {
    const tables = withComponents(41);
    fillComponents(tables, code(2), 0);
    expect(tileOf(reportOf(tables), 'standaarden')?.rating).toBe('not ok');
    addCouplings(tables, SUBJECT, 1, 'S1');
    addCouplings(tables, code(2), 1, 'S1');
    setProfile(tables, code(2), { lastChange: '2017-01-13' });
    const sameStars = reportOf(tables);
    expect(sameStars.peerGroup.size).toBe(2);
    expect(tileOf(sameStars, 'standaarden')?.rating).toBe('attention');
    addCouplings(tables, SUBJECT, 1, 'S2');
    expect(tileOf(reportOf(tables), 'standaarden')?.rating).toBe('ok');
  });
});

describe('a software catalogue without data on or before the reference date', () => {
  it('rates 1.3 and 2.1 to 2.5 as no data, with the reason, instead of not ok', () => {
    const tables = buildTables(3);
    tables.gemeente_profielen = [];
    const report = reportOf(tables);
    for (const id of [
      'voorzieningen',
      'gebruik_vulling',
      'dubbele_functionaliteit',
      'te_vervangen',
      'standaarden',
      'saas',
    ]) {
      expect([id, tileOf(report, id)?.rating]).toEqual([id, 'no data']);
      expect(tileOf(report, id)?.reason).toMatch(/geen gegevens van de Softwarecatalogus/);
    }
  });

  it('shows no national maturity mean when nobody was observed', () => {
    const shown = figureOf(reportOf(buildTables(2)), 'volwassenheid_burger');
    expect([shown.value.text, shown.comparison?.measure.text, shown.rating]).toEqual([
      '-',
      '-',
      'no data',
    ]);
  });
});

describe('the date of the last change', () => {
  it('counts a change dated after the reference date as a change on that date', () => {
    const tables = withComponents(41);
    setProfile(tables, SUBJECT, { lastChange: '2017-03-01' });
    expect(figureOf(reportOf(tables), 'periode_zonder_wijzigingen').value.text).toBe('0');
  });

  it('shows days in the 2.1 tile with a thousands dot', () => {
    const tables = withComponents(41);
    setProfile(tables, SUBJECT, { lastChange: '2014-03-03' });
    expect(figureOf(reportOf(tables), 'gebruik_vulling').value.text).toBe(
      '41 referentiecomponenten, 1.057 dagen',
    );
  });
});
