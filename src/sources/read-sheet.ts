/**
 * Reads a file's bytes as a sheet, choosing the format by content (XLSX is a ZIP archive,
 * anything else is CSV text), and turns a format failure into a Dutch reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseCsv } from './csv.ts';
import { decodeText, findEncodingProblem } from './encoding.ts';
import { fileMissing, fileUnreadable } from './issue-messages.ts';
import type { IssueList } from './issues.ts';
import { type Sheet, SheetFormatError } from './sheet.ts';
import { findStrayBom, rowAtOffset, wrongSeparator } from './text-checks.ts';
import { isLegacyXls, isXlsx, parseXlsx } from './xlsx.ts';

export { SheetFormatError };

/**
 * The largest source file read. The largest file of a national delivery (the portfolio,
 * 30,000 rows) is about 1.4 MB; reading takes some 18 times the file size in memory, so a
 * limit keeps a wrong or runaway export (100 MB) from taking the server down with it.
 */
export const MAX_SOURCE_FILE_BYTES = 25 * 1024 * 1024;

/**
 * Reads the file at `path` as a sheet. A missing or unreadable file becomes an issue; `bytes`
 * is null when the file could not be read, `sheet` when its content is no CSV or XLSX.
 */
export async function loadSheet(
  path: string,
  issues: IssueList,
): Promise<{ bytes: Uint8Array | null; sheet: Sheet | null }> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > MAX_SOURCE_FILE_BYTES) {
      issues.add(fileUnreadable(file, tooLarge(size)));
      return { bytes: null, sheet: null };
    }
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') issues.add(fileMissing(file, path));
    else issues.add(fileUnreadable(file, code === 'EISDIR' ? 'het is een map' : `fout ${code}`));
    return { bytes: null, sheet: null };
  }
  try {
    return { bytes, sheet: await readSheet(file, bytes) };
  } catch (error) {
    if (!(error instanceof SheetFormatError)) throw error;
    issues.add(fileUnreadable(file, error.message, error.row));
    return { bytes, sheet: null };
  }
}

export async function readSheet(fileName: string, bytes: Uint8Array): Promise<Sheet> {
  if (isLegacyXls(bytes)) {
    throw new SheetFormatError(
      'het oude Excel-formaat (.xls) wordt niet gelezen; sla het op als .xlsx of .csv',
    );
  }
  if (isXlsx(bytes)) return readXlsxSheet(bytes);
  if (fileName.toLowerCase().endsWith('.xlsx')) {
    throw new SheetFormatError(
      'het is geen geldig XLSX-bestand (de inhoud is geen Excel-werkmap); is het een ' +
        'CSV-bestand, geef het dan een naam die eindigt op .csv',
    );
  }
  return readCsvSheet(bytes);
}

async function readXlsxSheet(bytes: Uint8Array): Promise<Sheet> {
  try {
    return await parseXlsx(bytes);
  } catch (error) {
    if (error instanceof SheetFormatError) throw error;
    // exceljs's own words are English and about ZIP internals: the user needs only the verdict.
    throw new SheetFormatError(
      'het is geen geldig XLSX-bestand (beschadigd, of geen Excel-werkmap); open het in Excel ' +
        'en sla het opnieuw op als .xlsx',
    );
  }
}

function tooLarge(size: number): string {
  const mb = (bytes: number) =>
    (bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  return (
    `het is ${mb(size)} MB groot en een bronbestand mag hoogstens ` +
    `${mb(MAX_SOURCE_FILE_BYTES)} MB zijn; controleer of het goede bestand gekozen is`
  );
}

function readCsvSheet(bytes: Uint8Array): Sheet {
  const problem = findEncodingProblem(bytes);
  if (problem) {
    const row = problem.offset === null ? null : rowAtOffset(bytes, problem.offset);
    throw new SheetFormatError(problem.reason, row);
  }
  const { text } = decodeText(bytes);
  let sheet: Sheet;
  try {
    sheet = parseCsv(text);
  } catch (error) {
    throw csvFailure(error);
  }
  const separator = wrongSeparator(sheet);
  if (separator) throw new SheetFormatError(separator, 1);
  const bomRow = findStrayBom(text, sheet);
  if (bomRow !== null) {
    throw new SheetFormatError(
      'midden in het bestand staat een onzichtbaar BOM-teken (U+FEFF), meestal omdat twee ' +
        'bestanden aan elkaar zijn geplakt; haal het teken (en een herhaalde kopregel) weg',
      bomRow,
    );
  }
  return sheet;
}

interface CsvParseError {
  code: string;
  records: number;
}

function isCsvParseError(error: unknown): error is CsvParseError {
  return typeof error === 'object' && error !== null && 'code' in error && 'records' in error;
}

function csvFailure(error: unknown): SheetFormatError {
  if (!isCsvParseError(error))
    return new SheetFormatError(`het is geen geldig CSV-bestand (${describe(error)})`);
  // The failing record starts after the records already read: that is its spreadsheet row.
  const row = error.records + 1;
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new SheetFormatError('een aanhalingsteken (") wordt geopend maar niet gesloten', row);
  }
  return new SheetFormatError(`het is geen geldig CSV-bestand (${error.code})`, row);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
