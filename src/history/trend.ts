/**
 * A section's trend: one figure over every quarter point, with the municipality's line (or,
 * before a merger of several, one line per predecessor) and the line of its comparison.
 */
import type {
  Figure,
  Measure,
  Section,
  SectionId,
  Trend,
  TrendPoint,
  TrendSeries,
} from '../report/model.ts';
import type { MunicipalityCode } from '../sources/tables.ts';

/** The figure each section's trend follows: the rated one, or the main number of 2.1. */
export const TREND_FIGURES: Record<SectionId, string> = {
  '1.1': 'volwassenheid_samengevoegd',
  '1.2': 'burgerpeiling_digitaal',
  '1.3': 'voorzieningen',
  '1.4': 'telefonie14',
  '2.1': 'referentiecomponenten',
  '2.2': 'dubbele_functionaliteit',
  '2.3': 'te_vervangen',
  '2.4': 'standaarden',
  '2.5': 'saas',
  '3.1': 'eherkenning',
  '3.2': 'mijnoverheid_berichtenbox',
  '3.3': 'handelsregister',
  '3.4': 'digimelding',
  '3.5': 'ggk_ijw_actief',
};

/** A peer group differs per quarter and per municipality; the line is named for what it is. */
const PEER_LINE_LABEL = 'Gemiddelde gemeenten met evenveel sterren';

export interface TrendSource {
  points: TrendPoint[];
  /** The current municipality's name. */
  name: string;
  /** Per point, the municipalities whose figures stand for this one (see `lineageAt`). */
  lineages: MunicipalityCode[][];
  /** A figure of a municipality's report at a point, or null when there is none. */
  figureAt(point: number, code: MunicipalityCode, figureId: string): Figure | null;
  /** How a predecessor's line is labelled, e.g. `Schijndel (tot 1-1-2017)`. */
  predecessorLabel(code: MunicipalityCode): string;
}

function municipalityLine(source: TrendSource, id: string): TrendSeries {
  const values = source.lineages.map((lineage, i) => {
    const [only] = lineage;
    return lineage.length === 1 && only ? (source.figureAt(i, only, id)?.value ?? null) : null;
  });
  return { role: 'municipality', label: source.name, values };
}

function predecessorLines(source: TrendSource, id: string): TrendSeries[] {
  const merged = source.lineages.filter((lineage) => lineage.length > 1);
  const codes = [...new Set(merged.flat())].sort();
  return codes.map((code) => ({
    role: 'predecessor',
    label: source.predecessorLabel(code),
    values: source.lineages.map((lineage, i) =>
      lineage.length > 1 && lineage.includes(code)
        ? (source.figureAt(i, code, id)?.value ?? null)
        : null,
    ),
  }));
}

function comparisonLine(source: TrendSource, figure: Figure): TrendSeries | null {
  const comparison = figure.comparison;
  if (comparison === null) return null;
  const peer = comparison.kind === 'peer-mean';
  const values = source.lineages.map((lineage, i): Measure | null => {
    const [first] = lineage;
    // With several predecessors there is no one peer group to show.
    if (first === undefined || (peer && lineage.length > 1)) return null;
    return source.figureAt(i, first, figure.id)?.comparison?.measure ?? null;
  });
  return { role: 'comparison', label: peer ? PEER_LINE_LABEL : comparison.label, values };
}

/** The trend of `section`'s trend figure over the points, or null when it has none. */
export function buildTrend(section: Section, source: TrendSource): Trend | null {
  const id = TREND_FIGURES[section.id];
  const figure = section.figures.find((f) => f.id === id) ?? section.figures[0];
  if (!figure) return null;
  const comparison = comparisonLine(source, figure);
  return {
    figureId: figure.id,
    label: figure.label,
    points: source.points,
    series: [
      municipalityLine(source, figure.id),
      ...predecessorLines(source, figure.id),
      ...(comparison ? [comparison] : []),
    ],
  };
}
