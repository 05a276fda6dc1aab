/**
 * Reads a file's bytes as a sheet, choosing the format by content (XLSX is a ZIP archive,
 * anything else is CSV text), and turns a format failure into a Dutch reason.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseCsv } from './csv.ts';
import { decodeText } from './encoding.ts';
import { fileMissing, fileUnreadable } from './issue-messages.ts';
import type { IssueList } from './issues.ts';
import type { Sheet } from './sheet.ts';
import { isLegacyXls, isXlsx, parseXlsx } from './xlsx.ts';

/** A file that cannot be read as a sheet at all; `reason` is Dutch, `row` where known. */
export class SheetFormatError extends Error {
  readonly row: number | null;

  constructor(reason: string, row: number | null = null) {
    super(reason);
    this.name = 'SheetFormatError';
    this.row = row;
  }
}

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
    throw new SheetFormatError('het is geen geldig XLSX-bestand');
  }
  return readCsvSheet(bytes);
}

async function readXlsxSheet(bytes: Uint8Array): Promise<Sheet> {
  try {
    return await parseXlsx(bytes);
  } catch (error) {
    throw new SheetFormatError(`het is geen geldig XLSX-bestand (${describe(error)})`);
  }
}

function readCsvSheet(bytes: Uint8Array): Sheet {
  const { text } = decodeText(bytes);
  try {
    return parseCsv(text);
  } catch (error) {
    throw csvFailure(error);
  }
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
