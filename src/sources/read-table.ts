/**
 * Reads one source file of one table: the file's bytes become typed rows plus every issue
 * found, with the content hash the store uses to recognise a file it has already imported.
 */
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type ImportIssue, IssueList } from './issues.ts';
import { readRows } from './read-rows.ts';
import { loadSheet } from './read-sheet.ts';
import { TABLE_SPECS } from './table-specs.ts';
import type { IsoDate, TableName, TableRows } from './tables.ts';

export interface ReadTableResult<T extends TableName> {
  table: T;
  /** Base name of the file. */
  file: string;
  dataDate: IsoDate;
  /** The rows without errors, in file order; complete only when `issues` holds no error. */
  rows: TableRows[T][];
  /** The spreadsheet row number (header is row 1) of each entry of `rows`. */
  rowNumbers: number[];
  /** Keys of rows left out of `rows` for a bad value (reported in `issues`). */
  rejectedKeys: string[];
  /** sha256 (hex) of the raw file bytes; of no bytes when the file could not be read. */
  contentHash: string;
  /** Errors and warnings, at most MAX_ISSUES_PER_FILE plus one summary. */
  issues: ImportIssue[];
}

/**
 * Reads `path` as table `table` with data date `dataDate` (`YYYY-MM-DD`, already parsed).
 * Never throws for bad input: a missing or unreadable file is an issue like any other.
 */
export async function readTableFile<T extends TableName>(
  path: string,
  table: T,
  dataDate: IsoDate,
): Promise<ReadTableResult<T>> {
  const file = basename(path);
  const issues = new IssueList(file);
  const result: ReadTableResult<T> = {
    table,
    file,
    dataDate,
    rows: [],
    rowNumbers: [],
    rejectedKeys: [],
    contentHash: sha256(new Uint8Array()),
    issues: [],
  };

  const { bytes, sheet } = await loadSheet(path, issues);
  if (bytes !== null) result.contentHash = sha256(bytes);
  if (sheet !== null) Object.assign(result, readRows(file, sheet, TABLE_SPECS[table], issues));
  result.issues = issues.toArray();
  return result;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
