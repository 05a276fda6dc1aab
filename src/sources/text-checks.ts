/**
 * Checks on CSV text that decoding and parsing accept without complaint but that would import
 * wrong values or bury the cause under a pile of messages: a separator other than `;` or `,`,
 * and a BOM in the middle of the file.
 */
import type { Sheet } from './sheet.ts';

const OTHER_SEPARATORS: [string, string][] = [
  ['\t', 'tabs'],
  ['|', 'verticale strepen (|)'],
];

/**
 * A Dutch reason when the header is one cell holding tabs or `|`: the file uses another
 * separator, and every column would otherwise be reported missing. Null when it looks right.
 */
export function wrongSeparator(sheet: Sheet): string | null {
  const header = sheet.header;
  if (header === null || header.length !== 1) return null;
  for (const [separator, name] of OTHER_SEPARATORS) {
    if (header[0]?.includes(separator)) {
      return `de kolommen zijn gescheiden door ${name}; verwacht: ; of , als scheidingsteken`;
    }
  }
  return null;
}

/**
 * The row holding a U+FEFF after the start of the text (decoding already dropped a leading
 * BOM), or null. A cell holding it looks right but never matches a code or a name.
 */
export function findStrayBom(text: string, sheet: Sheet): number | null {
  if (!text.includes('\uFEFF')) return null;
  for (const { row, cells } of sheet.rows) {
    if (cells.some((cell) => typeof cell === 'string' && cell.includes('\uFEFF'))) return row;
  }
  // Not in a data row: in the header (or a skipped line before it).
  return 1;
}

/** The line (1-based) holding byte `offset`: line breaks before it, plus one. */
export function rowAtOffset(bytes: Uint8Array, offset: number): number {
  let row = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) row++;
  }
  return row;
}
