/**
 * Turns a sheet into typed rows by a row spec: finds the columns, parses every cell, and checks
 * that keys are unique. Collects every problem instead of stopping at the first.
 */
import { INVALID } from './fields.ts';
import { matchHeader, normaliseHeader } from './header.ts';
import {
  badValue,
  duplicateColumn,
  duplicateKey,
  emptyFile,
  extraColumn,
  missingColumn,
  repeatedHeader,
  tooManyFields,
} from './issue-messages.ts';
import type { IssueList } from './issues.ts';
import { cellText, isEmptyCell, type Sheet, type SheetRow } from './sheet.ts';
import type { ColumnSpec, RowSpec } from './table-spec.ts';

export interface RowsRead<R> {
  /** The rows that parsed without error, in file order. */
  rows: R[];
  /** The spreadsheet row number of each entry of `rows`. */
  rowNumbers: number[];
  /**
   * Keys (parts joined by U+0000) of rows dropped for a bad value in another column. The key
   * is in the file, so references to it must not be reported as unknown on top of that error.
   */
  rejectedKeys: string[];
}

interface Slot {
  property: string;
  spec: ColumnSpec<unknown>;
  /** Position in the file's rows; undefined for an optional column the file leaves out. */
  position: number | undefined;
}

export function readRows<R>(
  file: string,
  sheet: Sheet,
  spec: RowSpec<R>,
  issues: IssueList,
): RowsRead<R> {
  const none: RowsRead<R> = { rows: [], rowNumbers: [], rejectedKeys: [] };
  if (sheet.header === null) {
    issues.add(emptyFile(file, false));
    return none;
  }
  const slots = findSlots(file, sheet.header, spec, issues);
  if (slots === null) return none;
  if (sheet.rows.length === 0) {
    issues.add(emptyFile(file, true));
    return none;
  }

  const result: RowsRead<R> = { rows: [], rowNumbers: [], rejectedKeys: [] };
  const keys = new KeyIndex(file, spec);
  const isHeader = headerMatcher(sheet.header);
  for (const sheetRow of sheet.rows) {
    if (isHeader(sheetRow)) {
      issues.add(repeatedHeader(file, sheetRow.row));
      continue;
    }
    const { values, ok } = parseRow(file, sheetRow, slots, sheet.header.length, issues);
    // A row with a bad value can still repeat a key: report that now, not after the fix.
    const isNew = keys.isNew(values, sheetRow.row, issues);
    const key = keys.keyOf(values);
    if (!ok && isNew && key !== null) result.rejectedKeys.push(key);
    if (!ok || !isNew) continue;
    // The spec maps every property of R to a column, so a fully parsed record is an R.
    result.rows.push(values as R);
    result.rowNumbers.push(sheetRow.row);
  }
  return result;
}

/** A test for a data row equal to the header (ignoring case and spaces), cheap on other rows. */
function headerMatcher(header: readonly string[]): (row: SheetRow) => boolean {
  const names = header.map(normaliseHeader);
  const first = names[0] ?? '';
  return ({ cells }) => {
    const lead = cells[0];
    if (typeof lead !== 'string' || normaliseHeader(lead) !== first) return false;
    return names.every((name, i) => normaliseHeader(cellText(cells[i] ?? null)) === name);
  };
}

/** Matches the header against the spec; null when a required column is missing or repeated. */
function findSlots<R>(
  file: string,
  header: string[],
  spec: RowSpec<R>,
  issues: IssueList,
): Slot[] | null {
  const entries = Object.entries(spec.columns) as [string, ColumnSpec<unknown>][];
  const match = matchHeader(
    header,
    entries.map(([, c]) => ({ name: c.column, optional: c.optional === true })),
  );
  for (const column of match.missing) issues.add(missingColumn(file, column));
  for (const { column, header: text } of match.repeated)
    issues.add(duplicateColumn(file, column, text));
  const known = entries.map(([, c]) => c.column);
  for (const text of match.extra) issues.add(extraColumn(file, text, known));
  if (match.missing.length > 0 || match.repeated.length > 0) return null;
  return entries.map(([property, c]) => ({
    property,
    spec: c,
    position: match.positions.get(c.column),
  }));
}

/** The row's parsed values by property; `ok` is false when any cell was reported. */
function parseRow(
  file: string,
  sheetRow: SheetRow,
  slots: readonly Slot[],
  width: number,
  issues: IssueList,
): { values: Record<string, unknown>; ok: boolean } {
  const { row, cells } = sheetRow;
  // Cells beyond the header are fine when empty (trailing separators), else the row is garbled.
  let ok = true;
  if (cells.length > width) {
    const surplus = cells.slice(width).filter((cell) => !isEmptyCell(cell));
    ok = surplus.length === 0;
    if (!ok) issues.add(tooManyFields(file, row, surplus.map(cellText).join(';'), width));
  }

  const values: Record<string, unknown> = {};
  for (const slot of slots) {
    const cell = slot.position === undefined ? null : (cells[slot.position] ?? null);
    const value = slot.spec.field.parse(cell);
    if (value === INVALID) {
      issues.add(badValue(file, row, slot.spec.column, cellText(cell), slot.spec.field.expected));
      ok = false;
    } else {
      values[slot.property] = value;
    }
  }
  return { values, ok };
}

/** Remembers the first row of every key to name both rows of a duplicate. */
class KeyIndex<R> {
  readonly #firstRow = new Map<string, number>();
  readonly #file: string;
  readonly #spec: RowSpec<R>;
  readonly #columns: string;

  constructor(file: string, spec: RowSpec<R>) {
    this.#file = file;
    this.#spec = spec;
    this.#columns = spec.key.map((k) => spec.columns[k].column).join(', ');
  }

  /** The row's key, its parts joined by U+0000; null when a part could not be read. */
  keyOf(values: Record<string, unknown>): string | null {
    if (this.#spec.key.some((k) => !(k in values))) return null;
    return this.#spec.key.map((k) => String(values[k])).join('\u0000');
  }

  /** False for a repeated key (reported); true for a new one or one with an unreadable part. */
  isNew(values: Record<string, unknown>, rowNumber: number, issues: IssueList): boolean {
    if (this.#spec.key.some((k) => !(k in values))) return true;
    const parts = this.#spec.key.map((k) => String(values[k]));
    const key = parts.join('\u0000');
    const first = this.#firstRow.get(key);
    if (first === undefined) {
      this.#firstRow.set(key, rowNumber);
      return true;
    }
    issues.add(duplicateKey(this.#file, rowNumber, first, this.#columns, parts.join(' / ')));
    return false;
  }
}
