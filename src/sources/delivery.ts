/**
 * Reads a delivery: a folder with `bronnen.csv` naming each table's file and data date, and
 * those files. Problems with the index itself are issues on `bronnen.csv` with row and column.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { date, type Field, INVALID, text } from './fields.ts';
import { cellProblem, fileMissing } from './issue-messages.ts';
import { type ImportIssue, IssueList } from './issues.ts';
import { readRows } from './read-rows.ts';
import { loadSheet } from './read-sheet.ts';
import { type ReadTableResult, readTableFile } from './read-table.ts';
import { cellText } from './sheet.ts';
import type { RowSpec } from './table-spec.ts';
import { type IsoDate, isTableName, TABLE_NAMES, type TableName } from './tables.ts';

export const DELIVERY_INDEX = 'bronnen.csv';

export interface DeliveryReadResult {
  folder: string;
  files: ReadTableResult<TableName>[];
  /** All issues: those of bronnen.csv and those of every file read. */
  issues: ImportIssue[];
}

interface IndexEntry {
  table: string;
  fileName: string;
  dataDate: IsoDate;
}

const tableWord: Field<string> = {
  expected: text.expected,
  parse: (cell) => cellText(cell).toLowerCase() || INVALID,
};

const INDEX_SPEC: RowSpec<IndexEntry> = {
  columns: {
    table: { column: 'bron', field: tableWord },
    fileName: { column: 'bestand', field: text },
    dataDate: { column: 'peildatum', field: date },
  },
  key: ['table'],
};

const FILE_NAME = /^[^/\\]+\.(?:csv|xlsx)$/i;

export async function readDelivery(folder: string): Promise<DeliveryReadResult> {
  const names = await listFolder(folder);
  const indexIssues = new IssueList(DELIVERY_INDEX);
  const entries = await readIndex(folder, names, indexIssues);

  // Check each entry of the index, and read the files of the entries that hold.
  const files: ReadTableResult<TableName>[] = [];
  for (const { entry, row } of entries) {
    const table = checkEntry(entry, row, names, indexIssues);
    if (table === null) continue;
    const path = join(folder, findName(names, entry.fileName) ?? entry.fileName);
    files.push(await readTableFile(path, table, entry.dataDate));
  }

  const issues = [...indexIssues.toArray(), ...files.flatMap((f) => f.issues)];
  return { folder, files, issues };
}

async function readIndex(folder: string, names: string[], issues: IssueList) {
  const indexName = findName(names, DELIVERY_INDEX);
  if (indexName === undefined) {
    issues.add(fileMissing(DELIVERY_INDEX, join(folder, DELIVERY_INDEX)));
    return [];
  }
  const { sheet } = await loadSheet(join(folder, indexName), issues);
  if (sheet === null) return [];
  const { rows, rowNumbers } = readRows(DELIVERY_INDEX, sheet, INDEX_SPEC, issues);
  return rows.map((entry, i) => ({ entry, row: rowNumbers[i] ?? 0 }));
}

/** The table an index entry names, or null after reporting why its file cannot be read. */
function checkEntry(
  entry: IndexEntry,
  row: number,
  names: string[],
  issues: IssueList,
): TableName | null {
  const at = { file: DELIVERY_INDEX, row };
  const table = isTableName(entry.table) ? entry.table : null;
  if (table === null) {
    issues.add(
      cellProblem({
        ...at,
        code: 'unknown-table',
        column: 'bron',
        value: entry.table,
        expected: `een van: ${TABLE_NAMES.join(', ')}`,
        problem: 'dat is geen bekende tabel',
      }),
    );
  }
  const file = { ...at, column: 'bestand', value: entry.fileName };
  if (!FILE_NAME.test(entry.fileName)) {
    issues.add(
      cellProblem({
        ...file,
        code: 'bad-delivery-index',
        expected: 'een bestandsnaam (zonder map) die eindigt op .csv of .xlsx',
        problem: 'dat is geen bruikbare bestandsnaam',
      }),
    );
    return null;
  }
  if (findName(names, entry.fileName) === undefined) {
    issues.add(
      cellProblem({
        ...file,
        code: 'file-missing',
        expected: 'een bestand met die naam in de map van de levering',
        problem: 'dat bestand staat niet in de levering',
      }),
    );
    return null;
  }
  return table;
}

/** The folder's entry with this name, exactly or else ignoring case (files come from Windows). */
function findName(names: readonly string[], wanted: string): string | undefined {
  if (names.includes(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  return names.find((name) => name.toLowerCase() === lower);
}

async function listFolder(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch {
    // A missing folder shows as a missing bronnen.csv, which names the path looked at.
    return [];
  }
}
