/**
 * The figures of a report as the API gives them: every shown text is the model's own `text`
 * (never rounded again here), beside the exact numerator and denominator it came from.
 */
import { RATING_LABELS } from '../report/html/rating.tsx';
import type { Figure, Report } from '../report/model.ts';
import type { FigureRow, FiguresAnswer } from './schemas.ts';

export function figuresOf(report: Report): FiguresAnswer {
  return {
    municipality: { code: report.municipality.code, name: report.municipality.name },
    referenceDate: report.referenceDate,
    referenceDateText: report.referenceDateText,
    methodologyVersion: report.methodology.version,
    figures: report.sections.flatMap((section) => section.figures.map(figureRow)),
  };
}

function figureRow(figure: Figure): FigureRow {
  const row: FigureRow = {
    id: figure.id,
    section: figure.section,
    label: figure.label,
    value: figure.value.text,
    exact: figure.value.exact,
    comparison: figure.comparison && {
      kind: figure.comparison.kind,
      label: figure.comparison.label,
      value: figure.comparison.measure.text,
      exact: figure.comparison.measure.exact,
      basis: figure.comparison.basis,
    },
    rating: figure.rating,
    ratingText: figure.rating === null ? null : RATING_LABELS[figure.rating],
    reason: figure.reason,
  };
  // Present only in monitors with history and while an explanation holds.
  if (figure.change !== undefined) row.change = figure.change;
  if (figure.explanation !== undefined) row.explanation = figure.explanation;
  return row;
}
