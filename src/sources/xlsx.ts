/**
 * XLSX files: the first sheet, header row first. Kept apart from the CSV reader so exceljs can
 * be swapped for another library without touching anything else.
 */
import type * as ExcelJS from 'exceljs';
import { type Cell, type Sheet, SheetFormatError, type SheetRow, toSheet } from './sheet.ts';

/** True for the ZIP signature every XLSX file starts with. */
export function isXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** True for the OLE signature of the old binary `.xls` format, which we do not read. */
export function isLegacyXls(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/**
 * Reads the first worksheet. Throws exceljs's error for a file that is not a workbook, and a
 * SheetFormatError for merged cells and formulas without a computed result.
 */
export async function parseXlsx(bytes: Uint8Array): Promise<Sheet> {
  // Loaded on first use: exceljs takes about 0.3 s to load, which CSV-only imports can skip.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  // exceljs's typings ask for its own Buffer type; a Node Buffer is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  // A ZIP archive without a worksheet is some other file, not an empty workbook.
  if (sheet === undefined) {
    throw new SheetFormatError('het is geen Excel-werkmap (er staat geen werkblad in)');
  }
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: Cell[] = [];
    // Column numbers are 1-based; cells missing from the file are null.
    for (let col = 1; col <= row.cellCount; col++) {
      const cell = row.getCell(col);
      checkCell(sheet, cell);
      cells.push(toCell(cellValue(cell)));
    }
    rows.push({ row: row.number, cells });
  });
  return toSheet(rows);
}

/**
 * Refuses what a sheet cannot be read through. A merged cell repeats its value in every cell of
 * the range (or leaves them empty), so rows would silently share a code. A formula that was
 * never computed (a file written by a program, not saved by Excel) has no value to read.
 */
function checkCell(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell): void {
  if (cell.isMerged) {
    const range = sheet.model.merges.find((r) => r.split(':')[0] === cell.master.address);
    throw new SheetFormatError(
      `de cellen ${range ?? cell.address} zijn samengevoegd; maak de samenvoeging ongedaan en ` +
        'zet in elke cel zijn eigen waarde',
      Number(cell.row),
    );
  }
  const value = cell.value;
  const isFormula =
    value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
  if (isFormula && value.result === undefined && cell.result === undefined) {
    throw new SheetFormatError(
      `cel ${cell.address} bevat een formule zonder berekende uitkomst; open het bestand in ` +
        'Excel en sla het opnieuw op, of plak de waarden in plaats van de formules',
      Number(cell.row),
    );
  }
}

/**
 * The cell's value with a formula's cached result. exceljs 4.4 copies a formula value only
 * with its truthy fields, so a result of 0, false or '' would read as an empty cell; the
 * cell's own `result` still holds it.
 */
function cellValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  const isFormula =
    value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
  if (!isFormula || value.result !== undefined || cell.result === undefined) return value;
  return { ...value, result: cell.result };
}

/**
 * One exceljs cell value as a plain cell: a formula gives its cached result, rich text its
 * plain text, a hyperlink its shown text, an error value its code (e.g. `#N/A`) so that the
 * message can name it.
 */
export function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toCell(value.result ?? null);
  if ('hyperlink' in value) return toCell(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}
