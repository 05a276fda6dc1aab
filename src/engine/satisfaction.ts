/**
 * 1.2 Satisfaction: Burgerpeiling and Ondernemerspeiling scores against the national mean.
 * A municipality that did not take part has no data, which is not a low score.
 */
import type { Measure } from '../report/model.ts';
import type { MunicipalityCode, Survey, SurveyIndicator, SurveyRow } from '../sources/tables.ts';
import type { BaseContext } from './context.ts';
import { fraction } from './fraction.ts';
import { decimalMeasure, noDataMeasure } from './measure.ts';
import { rateComparison } from './rate.ts';
import { comparison, figure, type SectionDraft, tileFor } from './section.ts';

export const SURVEYS: { survey: Survey; id: string; audience: string; tile: string }[] = [
  {
    survey: 'burgerpeiling',
    id: 'burgerpeiling',
    audience: 'burgers',
    tile: 'Waardering digitale dienstverlening burger',
  },
  {
    survey: 'ondernemerspeiling',
    id: 'ondernemerspeiling',
    audience: 'ondernemers',
    tile: 'Waardering digitale dienstverlening ondernemer',
  },
];

export const INDICATORS: { indicator: SurveyIndicator; id: string; label: string }[] = [
  {
    indicator: 'waardering dienstverlening',
    id: 'dienstverlening',
    label: 'Waardering dienstverlening',
  },
  {
    indicator: 'waardering digitale dienstverlening',
    id: 'digitaal',
    label: 'Waardering digitale dienstverlening',
  },
];

const SURVEY_NAMES: Record<Survey, string> = {
  burgerpeiling: 'Burgerpeiling',
  ondernemerspeiling: 'Ondernemerspeiling',
};

export interface SatisfactionNational {
  /** Scores in tenths per `survey|indicator`, per municipality. */
  scores: Map<string, Map<MunicipalityCode, number>>;
}

export function prepareSatisfaction(base: BaseContext): SatisfactionNational {
  const scores = new Map<string, Map<MunicipalityCode, number>>();
  for (const row of base.tables.peilingen as SurveyRow[]) {
    if (!base.registerByCode.has(row.municipality)) continue;
    const key = `${row.survey}|${row.indicator}`;
    const group = scores.get(key) ?? new Map<MunicipalityCode, number>();
    group.set(row.municipality, row.scoreTenths);
    scores.set(key, group);
  }
  return { scores };
}

function nationalMean(group: Map<MunicipalityCode, number>, digits: number): Measure {
  if (group.size === 0) return noDataMeasure();
  const sum = [...group.values()].reduce((total, tenths) => total + tenths, 0);
  return decimalMeasure(fraction(sum, group.size * 10), digits);
}

export function buildSatisfaction(
  base: BaseContext,
  national: SatisfactionNational,
  code: MunicipalityCode,
): SectionDraft {
  const digits = base.methodology.display.satisfaction;
  const draft: SectionDraft = {
    section: {
      id: '1.2',
      title: 'Waardering (digitale) dienstverlening',
      figures: [],
      tables: [],
      notes: [],
    },
    tiles: [],
  };
  for (const survey of SURVEYS) {
    for (const indicator of INDICATORS) {
      const group = national.scores.get(`${survey.survey}|${indicator.indicator}`) ?? new Map();
      const own = group.get(code);
      const reference = nationalMean(group, digits);
      const rated =
        own === undefined || reference.exact === null
          ? null
          : rateComparison(fraction(own, 10), reference.exact, base.methodology.satisfaction.rule);
      const shown = figure(
        '1.2',
        `${survey.id}_${indicator.id}`,
        `${indicator.label} ${survey.audience}`,
        own === undefined ? noDataMeasure() : decimalMeasure(fraction(own, 10), digits),
        comparison('national-mean', reference, group.size),
        rated ?? 'no data',
        own === undefined
          ? `Uw gemeente heeft (nog) niet deelgenomen aan de ${SURVEY_NAMES[survey.survey]}.`
          : null,
      );
      draft.section.figures.push(shown);
      if (indicator.id === 'digitaal') {
        draft.tiles.push(tileFor('dienstverlening', survey.id, survey.tile, shown));
      }
    }
  }
  return draft;
}
