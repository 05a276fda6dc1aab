/**
 * 1.1 Digital maturity: the mean observed level per audience and pooled, against the national
 * mean over all observed (product, audience) scores, and the opportunities per audience.
 */
import type { Fraction, Rating } from '../report/model.ts';
import type { Audience, MaturityRow, MunicipalityCode } from '../sources/tables.ts';
import { type BaseContext, compareNames, groupByMunicipality } from './context.ts';
import { mean } from './fraction.ts';
import { NO_VALUE_TEXT, noDataMeasure, percentMeasure } from './measure.ts';
import { rateComparison } from './rate.ts';
import { comparison, figure, type SectionDraft, table, tileFor } from './section.ts';

export const AUDIENCES: { audience: Audience; suffix: string; label: string; tableId: string }[] = [
  { audience: 'burger', suffix: 'burger', label: 'burgers', tableId: 'kansen_burgers' },
  {
    audience: 'ondernemer',
    suffix: 'ondernemer',
    label: 'ondernemers',
    tableId: 'kansen_ondernemers',
  },
];

interface Total {
  sum: number;
  count: number;
}

export interface MaturityNational {
  rows: Map<MunicipalityCode, MaturityRow[]>;
  totals: Map<Audience | 'all', Total>;
  /** Municipalities with at least one observed score, per audience and pooled. */
  participants: Map<Audience | 'all', Set<MunicipalityCode>>;
  /** Municipalities at the best level per `audience|product`. */
  best: Map<string, MunicipalityCode[]>;
  /** e-forms packages (supplier and package) per municipality. */
  eForms: Map<MunicipalityCode, Set<string>>;
}

function addObserved(totals: Map<string, Total>, key: string, level: number): void {
  const total = totals.get(key) ?? { sum: 0, count: 0 };
  total.sum += level;
  total.count += 1;
  totals.set(key, total);
}

function eFormsPackages(base: BaseContext): Map<MunicipalityCode, Set<string>> {
  const name = base.methodology.maturity.eFormsComponentName;
  const component = [...base.components.values()].find((c) => c.name === name);
  const result = new Map<MunicipalityCode, Set<string>>();
  for (const [code, facts] of base.catalogue) {
    const versionIds = component ? (facts.inUseByComponent.get(component.id) ?? []) : [];
    const packages = new Set<string>();
    for (const id of versionIds) {
      const version = base.versions.get(id);
      if (version) packages.add(`${version.supplier}\u0000${version.packageName}`);
    }
    result.set(code, packages);
  }
  return result;
}

export function prepareMaturity(base: BaseContext): MaturityNational {
  const rows = groupByMunicipality(
    base.tables.digitale_volwassenheid.filter((r) => base.registerByCode.has(r.municipality)),
  );
  const totals = new Map<Audience | 'all', Total>();
  const participants = new Map<Audience | 'all', Set<MunicipalityCode>>();
  const best = new Map<string, MunicipalityCode[]>();
  for (const row of [...rows.values()].flat()) {
    if (row.level === null) continue;
    for (const key of [row.audience, 'all'] as const) {
      addObserved(totals, key, row.level);
      participants.set(key, (participants.get(key) ?? new Set()).add(row.municipality));
    }
    if (row.level !== base.methodology.maturity.bestLevel) continue;
    const key = `${row.audience}|${row.product}`;
    const group = best.get(key);
    if (group) group.push(row.municipality);
    else best.set(key, [row.municipality]);
  }
  return { rows, totals, participants, best, eForms: eFormsPackages(base) };
}

function meanOf(rows: MaturityRow[]): Fraction | null {
  const observed: number[] = rows.flatMap((r) => (r.level === null ? [] : [r.level]));
  if (observed.length === 0) return null;
  return mean(
    observed.reduce((sum, level) => sum + level, 0),
    observed.length,
  );
}

function maturityFigure(
  base: BaseContext,
  national: MaturityNational,
  id: string,
  label: string,
  rows: MaturityRow[],
  key: Audience | 'all',
) {
  const digits = base.methodology.display.percent;
  const total = national.totals.get(key) ?? { sum: 0, count: 0 };
  const nationalMean = mean(total.sum, total.count);
  const own = meanOf(rows);
  const rating: Rating =
    own === null || total.count === 0
      ? 'no data'
      : rateComparison(own, nationalMean, base.methodology.maturity.rule);
  const reason = own === null ? 'Geen waargenomen producten voor deze gemeente.' : null;
  const contributors = national.participants.get(key)?.size ?? 0;
  return figure(
    '1.1',
    id,
    label,
    own === null ? noDataMeasure() : percentMeasure(own, digits),
    comparison(
      'national-mean',
      total.count === 0 ? noDataMeasure() : percentMeasure(nationalMean, digits),
      contributors,
    ),
    rating,
    reason,
  );
}

function opportunityTable(
  base: BaseContext,
  national: MaturityNational,
  code: MunicipalityCode,
  rows: MaturityRow[],
  spec: (typeof AUDIENCES)[number],
) {
  const settings = base.methodology.maturity;
  const ownPackages = national.eForms.get(code) ?? new Set<string>();
  const sharesPackage = (other: MunicipalityCode) => {
    const theirs = national.eForms.get(other);
    return theirs !== undefined && [...ownPackages].some((p) => theirs.has(p));
  };
  const opportunities = rows
    .filter((r) => r.audience === spec.audience && r.level !== null)
    .filter((r) => settings.opportunityLevels.includes(r.level as number))
    .map((r) => {
      const best = national.best.get(`${r.audience}|${r.product}`) ?? [];
      const same = ownPackages.size === 0 ? null : best.filter(sharesPackage).length;
      return { row: r, best: best.length, same };
    })
    .sort((a, b) => b.best - a.best || compareNames(a.row.product, b.row.product));

  const notes: string[] = [];
  if (ownPackages.size === 0) {
    notes.push(
      'Uw gemeente heeft in de Softwarecatalogus geen pakket voor e-formulieren in gebruik; ' +
        'de laatste kolom blijft daarom leeg (-).',
    );
  } else if (ownPackages.size > 1) {
    notes.push(
      `Uw gemeente gebruikt ${ownPackages.size} pakketten voor e-formulieren. De laatste kolom ` +
        'telt de gemeenten die minstens één van die pakketten gebruiken.',
    );
  }
  return table(
    '1.1',
    spec.tableId,
    `Kansen voor digitale producten voor ${spec.label}`,
    [
      ['Overheidsproduct', false],
      ['Score', true],
      [`Gemeenten met ${settings.bestLevel}%`, true],
      ['Waarvan met hetzelfde e-formulierenpakket', true],
    ],
    opportunities.map((o) => [
      o.row.product,
      `${o.row.level}%`,
      String(o.best),
      o.same === null ? NO_VALUE_TEXT : String(o.same),
    ]),
    `Geen producten met een score van ${settings.opportunityLevels.join('% of ')}%.`,
    notes,
  );
}

export function buildMaturity(
  base: BaseContext,
  national: MaturityNational,
  code: MunicipalityCode,
): SectionDraft {
  const rows = national.rows.get(code) ?? [];
  const perAudience = AUDIENCES.map((spec) =>
    maturityFigure(
      base,
      national,
      `volwassenheid_${spec.suffix}`,
      `Digitale volwassenheid producten ${spec.label}`,
      rows.filter((r) => r.audience === spec.audience),
      spec.audience,
    ),
  );
  const pooled = maturityFigure(
    base,
    national,
    'volwassenheid_samengevoegd',
    'Digitale volwassenheid (burgers en ondernemers samen)',
    rows,
    'all',
  );
  return {
    section: {
      id: '1.1',
      title: 'Digitale volwassenheid',
      figures: [...perAudience, pooled],
      tables: AUDIENCES.map((spec) => opportunityTable(base, national, code, rows, spec)),
      notes: [],
    },
    tiles: [tileFor('dienstverlening', 'volwassenheid', 'Digitale volwassenheid', pooled)],
  };
}
