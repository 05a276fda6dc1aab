/**
 * The report as CSV for spreadsheets: one row per figure (section, id, label, value,
 * comparison, rating in Dutch, and the change since the previous quarter), then the rows of
 * every table. `;`-separated with a BOM and CRLF, as Dutch Excel opens it. A pure view of the model: every text is the model's.
 */
import { RATING_LABELS } from './html/rating.tsx';
import type { ChangeDirection, Figure, Report } from './model.ts';

const BOM = '\uFEFF';

/** The columns of a figure row, shared with the API's CSV (which adds the exact fraction). */
export const FIGURE_HEADER = [
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
  'vorige_peildatum',
  'vorige_waarde',
  'verandering',
  'andere_gemeenten_in_vergelijking',
];

const DIRECTION_WORDS: Record<ChangeDirection, string> = {
  up: 'hoger',
  down: 'lager',
  equal: 'gelijk',
  changed: 'anders',
  none: 'niet te vergelijken',
};

/** The change columns: empty for a monitor without history or without an earlier quarter. */
function changeCells(figure: Figure): string[] {
  const change = figure.change;
  if (!change) return ['', '', '', ''];
  return [
    change.previousDateText,
    change.previous?.text ?? '',
    DIRECTION_WORDS[change.direction],
    change.basisNote ?? '',
  ];
}

const TABLE_HEADER = ['gemeentecode', 'gemeente', 'peildatum', 'sectie', 'tabel', 'rij'];

/** One figure's cells under `FIGURE_HEADER`, every text as the model has it. */
export function figureCells(report: Report, sectionId: string, figure: Figure): string[] {
  return [
    report.municipality.code,
    report.municipality.name,
    report.referenceDateText,
    sectionId,
    figure.id,
    figure.label,
    figure.value.text,
    figure.comparison?.label ?? '',
    figure.comparison?.measure.text ?? '',
    figure.rating === null ? '' : RATING_LABELS[figure.rating],
    figure.reason ?? '',
    ...changeCells(figure),
  ];
}

export function renderReportCsv(report: Report): string {
  const who = [report.municipality.code, report.municipality.name, report.referenceDateText];
  const lines: string[][] = [FIGURE_HEADER];
  for (const section of report.sections) {
    for (const figure of section.figures) lines.push(figureCells(report, section.id, figure));
  }
  lines.push([]);
  lines.push([...TABLE_HEADER, 'kolommen en cellen']);
  for (const section of report.sections) {
    for (const table of section.tables) {
      lines.push([...who, section.id, table.id, 'kop', ...table.columns.map((c) => c.label)]);
      table.rows.forEach((row, index) => {
        lines.push([...who, section.id, table.id, String(index + 1), ...row]);
      });
    }
  }
  return csvText(lines);
}

/** `;`-separated lines with a BOM and CRLF, as Dutch Excel opens them. */
export function csvText(lines: string[][]): string {
  const body = lines.map((line) => line.map(csvCell).join(';')).join('\r\n');
  return `${BOM}${body}\r\n`;
}

/** A negative number as the monitor shows it (`-3`, `-1,5`, `-1.234`, `-12%`). */
const NEGATIVE_NUMBER = /^-\d{1,3}(\.\d{3})*(,\d+)?%?$|^-\d+(,\d+)?%?$/;

/**
 * Quotes when needed; a text a spreadsheet would run as a formula gets a leading quote. That
 * is any text starting with `=`, `+`, `@`, a tab or a carriage return, and one starting with
 * `-` unless it is a plain negative number (`-2+3+cmd|' /C calc'!A0` starts like one).
 */
export function csvCell(text: string): string {
  const formula =
    /^[=+@\t\r]/.test(text) ||
    (text.startsWith('-') && text !== '-' && !NEGATIVE_NUMBER.test(text));
  const safe = formula ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
