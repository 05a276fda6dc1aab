/**
 * Builders for each kind of import issue, so that every Dutch message is phrased in one place
 * and always names the file, row, column, value and what was expected.
 */
import { describePlace, type ImportIssue, quoteValue, shortenValue } from './issues.ts';

export function badValue(
  file: string,
  row: number,
  column: string,
  value: string,
  expected: string,
): ImportIssue {
  const message = `${describePlace(file, row, column)} staat ${quoteValue(value)}; verwacht: ${expected}.`;
  const shown = shortenValue(value);
  return {
    code: 'bad-value',
    severity: 'error',
    file,
    row,
    column,
    value: shown,
    expected,
    message,
  };
}

export function missingColumn(file: string, column: string): ImportIssue {
  const expected = `een kolom "${column}" in de kopregel`;
  const message = `${describePlace(file, 1, null)} (de kopregel) ontbreekt de verplichte kolom "${column}".`;
  return {
    code: 'missing-column',
    severity: 'error',
    file,
    row: 1,
    column,
    value: null,
    expected,
    message,
  };
}

export function duplicateColumn(file: string, column: string, value: string): ImportIssue {
  const expected = 'elke kolomnaam één keer';
  const message =
    `${describePlace(file, 1, column)} komt de kolomnaam ${quoteValue(value)} vaker voor; ` +
    `verwacht: ${expected}.`;
  return {
    code: 'duplicate-column',
    severity: 'error',
    file,
    row: 1,
    column,
    value,
    expected,
    message,
  };
}

export function extraColumn(file: string, header: string, known: readonly string[]): ImportIssue {
  const expected = `alleen de kolommen ${known.join(', ')}`;
  const message =
    `${describePlace(file, 1, header)} staat een onbekende kolom ${quoteValue(header)}; ` +
    `die kolom wordt genegeerd (verwacht: ${expected}).`;
  return {
    code: 'extra-column',
    severity: 'warning',
    file,
    row: 1,
    column: header,
    value: header,
    expected,
    message,
  };
}

export function emptyFile(file: string, headerFound: boolean): ImportIssue {
  const expected = 'een kopregel en ten minste één gegevensregel';
  const what = headerFound ? 'alleen een kopregel' : 'ook geen kopregel';
  const message = `Bestand ${file} bevat geen gegevensregels (${what}); verwacht: ${expected}.`;
  return {
    code: 'empty-file',
    severity: 'error',
    file,
    row: null,
    column: null,
    value: null,
    expected,
    message,
  };
}

/** A row with filled cells beyond the header; `surplus` is their text, joined by `;`. */
export function tooManyFields(
  file: string,
  row: number,
  surplus: string,
  width: number,
): ImportIssue {
  const expected = `hoogstens ${width} velden, zoals de kopregel`;
  const message =
    `${describePlace(file, row, null)} staan meer velden dan in de kopregel ` +
    `(over: ${quoteValue(surplus)}); verwacht: ${expected}.`;
  return {
    code: 'bad-row',
    severity: 'error',
    file,
    row,
    column: null,
    value: shortenValue(surplus),
    expected,
    message,
  };
}

/** A data row that repeats the header, as when two exports are pasted into one file. */
export function repeatedHeader(file: string, row: number): ImportIssue {
  const expected = 'één kopregel, op de eerste regel';
  const message =
    `${describePlace(file, row, null)} staat de kopregel nog een keer (zijn twee bestanden aan ` +
    `elkaar geplakt?); verwacht: ${expected}.`;
  return {
    code: 'bad-row',
    severity: 'error',
    file,
    row,
    column: null,
    value: null,
    expected,
    message,
  };
}

export function duplicateKey(
  file: string,
  row: number,
  firstRow: number,
  columns: string,
  value: string,
): ImportIssue {
  const what = columns.includes(',') ? 'elke combinatie van' : 'elke waarde van';
  const expected = `${what} ${columns} één keer`;
  const message =
    `${describePlace(file, row, columns)} staat ${quoteValue(value)}, maar die sleutel staat ook ` +
    `al in rij ${firstRow}; verwacht: ${expected}.`;
  return {
    code: 'duplicate-key',
    severity: 'error',
    file,
    row,
    column: columns,
    value,
    expected,
    message,
  };
}

export function unknownReference(
  file: string,
  row: number,
  column: string,
  value: string,
  target: string,
  where: string,
): ImportIssue {
  const expected = `een waarde die voorkomt in ${target} (${where})`;
  const message = `${describePlace(file, row, column)} staat ${quoteValue(value)}, maar die komt niet voor in ${target} (${where}).`;
  return {
    code: 'unknown-reference',
    severity: 'error',
    file,
    row,
    column,
    value,
    expected,
    message,
  };
}

export function fileMissing(file: string, path: string): ImportIssue {
  const expected = `een bestand ${file}`;
  const message = `Bestand ${file} is niet gevonden (gezocht: ${path}).`;
  return {
    code: 'file-missing',
    severity: 'error',
    file,
    row: null,
    column: null,
    value: path,
    expected,
    message,
  };
}

export function fileUnreadable(
  file: string,
  reason: string,
  row: number | null = null,
): ImportIssue {
  const expected = 'een CSV-bestand (gescheiden door ; of ,) of een XLSX-bestand';
  const where = row === null ? '' : ` (rij ${row})`;
  const message = `Bestand ${file} kan niet gelezen worden${where}: ${reason}.`;
  return {
    code: 'file-unreadable',
    severity: 'error',
    file,
    row,
    column: null,
    value: null,
    expected,
    message,
  };
}

export interface CellProblem {
  code: 'unknown-table' | 'bad-delivery-index' | 'file-missing';
  file: string;
  row: number;
  column: string;
  value: string;
  expected: string;
  /** What is wrong with the value, e.g. `dat is geen bekende tabel`. */
  problem: string;
}

/** An error about one cell of bronnen.csv, e.g. an unknown table or a missing file. */
export function cellProblem(p: CellProblem): ImportIssue {
  const message =
    `${describePlace(p.file, p.row, p.column)} staat ${quoteValue(p.value)}: ${p.problem}; ` +
    `verwacht: ${p.expected}.`;
  const { code, file, row, column, value, expected } = p;
  return { code, severity: 'error', file, row, column, value, expected, message };
}

/** Dutch `23-1-2017` for an ISO date (the readers do not depend on the report's formatter). */
function shortDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(day)}-${Number(month)}-${year}`;
}

export interface ReferencePlace {
  file: string;
  row: number;
  value: string;
  /** Where the register came from, e.g. `bestand gemeenten.csv in deze levering`. */
  where: string;
}

/** A municipality code of the register that does not exist (yet, or any more) on the data date. */
export function municipalityOutOfPeriod(
  at: ReferencePlace,
  dataDate: string,
  period: { start: string | null; end: string | null; successor: string | null },
): ImportIssue {
  const { file, row, value, where } = at;
  const column = 'gemeentecode';
  const ended = period.end !== null && period.end < dataDate;
  const when = ended
    ? `niet meer (opgeheven na ${shortDate(period.end ?? '')}` +
      `${period.successor ? `, opgevolgd door ${period.successor}` : ''})`
    : `nog niet (pas vanaf ${shortDate(period.start ?? '')})`;
  const expected = `een gemeente die op de peildatum ${shortDate(dataDate)} bestaat (${where})`;
  const message =
    `${describePlace(file, row, column)} staat ${quoteValue(value)}, maar die gemeente bestaat ` +
    `op de peildatum ${shortDate(dataDate)} ${when}; verwacht: ${expected}.`;
  return {
    code: 'unknown-reference',
    severity: 'error',
    file,
    row,
    column,
    value,
    expected,
    message,
  };
}
