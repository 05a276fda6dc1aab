/**
 * CSV files as Dutch spreadsheets and older systems write them: `;` or `,` between fields,
 * quoted fields holding separators, quotes and line breaks.
 */
import { parse } from 'csv-parse/sync';
import { type Sheet, type SheetRow, toSheet } from './sheet.ts';

export type Delimiter = ';' | ',';

/**
 * The delimiter is sniffed from the header line alone, then the file is parsed with just that
 * one: letting the parser choose per field splits values like `1.234,5` on the comma.
 * The header's column names hold neither character, so counting them outside quotes is enough.
 */
export function sniffDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Parses CSV text (already decoded, without BOM) into a sheet. Each record is one spreadsheet
 * row, also when a quoted field spans lines, so a record's row number is its index plus one.
 * Throws csv-parse's error for text that is not CSV (e.g. an unclosed quote).
 */
export function parseCsv(text: string, delimiter?: Delimiter): Sheet {
  const hint = SEP_LINE.exec(text);
  // Excel writes and hides a `sep=;` line; the header is row 1 for the user all the same.
  if (hint) return parseCsv(text.slice(hint[0].length), delimiter ?? (hint[1] as Delimiter));
  return parseRecords(text, delimiter ?? sniffDelimiter(text));
}

const SEP_LINE = /^sep=([;,])[ \t]*(?:\r\n|\n|\r|$)/i;

function parseRecords(text: string, delimiter: Delimiter): Sheet {
  const records = text.includes('"') ? parseQuoted(text, delimiter) : splitPlain(text, delimiter);
  const rows: SheetRow[] = records.map((cells, index) => ({ row: index + 1, cells }));
  return toSheet(rows);
}

function parseQuoted(text: string, delimiter: Delimiter): string[][] {
  return parse(text, {
    delimiter,
    // Every kind of line break ends a record, also in a file that mixes them.
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  });
}

const LINE_BREAK = /\r\n|\n|\r/;

/**
 * Without a single quote character CSV is plain splitting, and gives the same records as
 * csv-parse at a fraction of its cost (the 30,000-row portfolio file is the common case).
 */
export function splitPlain(text: string, delimiter: Delimiter): string[][] {
  const lines = text.split(LINE_BREAK);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split(delimiter));
}
