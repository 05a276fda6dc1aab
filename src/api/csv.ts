/**
 * Figures as CSV for spreadsheets: the figure rows of the monitor's own CSV download (the same
 * columns and cells, so a value reads exactly as the monitor shows it) plus the exact
 * numerator and denominator. One municipality or many (the team's national file).
 */
import { csvText, FIGURE_HEADER, figureCells } from '../report/csv.ts';
import type { Report } from '../report/model.ts';

export const FIGURE_CSV_HEADER = [...FIGURE_HEADER, 'teller', 'noemer'];

/** The figures of every report in `reports`, one header line, in the given order. */
export function renderFiguresCsv(reports: Iterable<Report>): string {
  const lines: string[][] = [FIGURE_CSV_HEADER];
  for (const report of reports) {
    for (const section of report.sections) {
      for (const figure of section.figures) {
        const exact = figure.value.exact;
        lines.push([
          ...figureCells(report, section.id, figure),
          exact ? String(exact.numerator) : '',
          exact ? String(exact.denominator) : '',
        ]);
      }
    }
  }
  return csvText(lines);
}
