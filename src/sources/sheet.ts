/**
 * A sheet as read from a CSV or XLSX file, before any column is interpreted: the header and
 * the data rows, each with the row number a spreadsheet would show.
 */

/** One cell: CSV gives text only; XLSX also numbers, booleans and dates. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** Spreadsheet row number: the header is row 1 when it is on the first line. */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  /** The header row's cells as text; null when the file holds no non-empty row at all. */
  header: string[] | null;
  rows: SheetRow[];
}

/** A cell as text for messages and text columns; dates as `YYYY-MM-DD`. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  }
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Splits rows into header and data, skipping wholly empty rows as a spreadsheet user would. */
export function toSheet(rows: SheetRow[]): Sheet {
  const filled = rows.filter((r) => !r.cells.every(isEmptyCell));
  const [first, ...rest] = filled;
  if (first === undefined) return { header: null, rows: [] };
  return { header: first.cells.map(cellText), rows: rest };
}

/** A file that cannot be read as a sheet at all; `reason` is Dutch, `row` where known. */
export class SheetFormatError extends Error {
  readonly row: number | null;

  constructor(reason: string, row: number | null = null) {
    super(reason);
    this.name = 'SheetFormatError';
    this.row = row;
  }
}
