/**
 * Figures as CSV for spreadsheets: the columns of the monitor's own CSV download (so a value
 * reads exactly as the monitor shows it) plus the exact numerator and denominator. One
 * municipality or many (the team's national file), `;`-separated, BOM and CRLF for Dutch Excel.
 */
import type { FiguresAnswer } from './schemas.ts';

const BOM = '\uFEFF';

export const FIGURE_CSV_HEADER = [
  'gemeentecode',
  'gemeente',
  'peildatum',
  'sectie',
  'id',
  'omschrijving',
  'waarde',
  'vergelijking',
  'vergelijkingswaarde',
  'beoordeling',
  'toelichting',
  'teller',
  'noemer',
];

/** The figures of every answer in `answers`, one header line, in the given order. */
export function renderFiguresCsv(answers: Iterable<FiguresAnswer>): string {
  const lines: string[] = [FIGURE_CSV_HEADER.join(';')];
  for (const answer of answers) {
    const who = [answer.municipality.code, answer.municipality.name, answer.referenceDateText];
    for (const figure of answer.figures) {
      const cells = [
        ...who,
        figure.section,
        figure.id,
        figure.label,
        figure.value,
        figure.comparison?.label ?? '',
        figure.comparison?.value ?? '',
        figure.ratingText ?? '',
        figure.reason ?? '',
        figure.exact === null ? '' : String(figure.exact.numerator),
        figure.exact === null ? '' : String(figure.exact.denominator),
      ];
      lines.push(cells.map(csvCell).join(';'));
    }
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * Quotes when needed; a text a spreadsheet would run as a formula gets a leading quote (the
 * same rule as the monitor's CSV, so shown values such as `-` or `-3` read alike in both).
 */
function csvCell(text: string): string {
  const safe = /^[=+@\t\r]/.test(text) || /^-[^\d,]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
