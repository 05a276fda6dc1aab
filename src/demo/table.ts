/**
 * Demo tables as text cells, read and written the way the golden delivery is: `;`-separated
 * UTF-8 with a BOM and CRLF line ends, dates like `23-1-2017`. Working on the text keeps every
 * untouched cell byte for byte as the golden delivery has it.
 */

export interface DemoTable {
  header: string[];
  rows: string[][];
}

const BOM = '\uFEFF';

/** Parses a file written like the golden delivery (no quoted fields there). */
export function parseDemoTable(text: string): DemoTable {
  const lines = text
    .replace(BOM, '')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const [header = '', ...rows] = lines;
  return { header: header.split(';'), rows: rows.map((line) => line.split(';')) };
}

export function formatDemoTable(table: DemoTable): string {
  const lines = [table.header, ...table.rows].map((cells) => cells.map(quote).join(';'));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The index of a column; a missing column is a bug in the generator. */
export function columnOf(table: DemoTable, name: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`column ${name} missing from ${table.header.join(';')}`);
  return index;
}

export function cellOf(row: string[], index: number): string {
  return row[index] ?? '';
}

export function copyTable(table: DemoTable): DemoTable {
  return { header: [...table.header], rows: table.rows.map((row) => [...row]) };
}

/** Rows grouped by the municipality code in the first column, in file order. */
export function rowsByMunicipality(table: DemoTable): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const row of table.rows) {
    const code = cellOf(row, 0);
    const group = groups.get(code);
    if (group) group.push(row);
    else groups.set(code, [row]);
  }
  return groups;
}

/** Sorts rows by municipality code, keeping the order within one municipality. */
export function sortByMunicipality(rows: string[][]): string[][] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => cellOf(a.row, 0).localeCompare(cellOf(b.row, 0)) || a.index - b.index)
    .map(({ row }) => row);
}
