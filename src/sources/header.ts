/**
 * Finds the contract's columns in a header row. Names match ignoring case, surrounding spaces
 * and the difference between a space and `_` (`Datum ingang` is `datum_ingang`).
 */

const SPACES_OR_UNDERSCORES = /[\s_]+/g;

export function normaliseHeader(name: string): string {
  return name.trim().toLowerCase().replace(SPACES_OR_UNDERSCORES, '_');
}

export interface ColumnRequirement {
  name: string;
  optional: boolean;
}

export interface HeaderMatch {
  /** Position of each found column in the row, by the contract's column name. */
  positions: Map<string, number>;
  /** Required columns the header lacks. */
  missing: string[];
  /** Header cells that name no column of the table (empty names are left out). */
  extra: string[];
  /** Columns named more than once, with the header text of the repeat. */
  repeated: { column: string; header: string }[];
}

export function matchHeader(
  header: readonly string[],
  columns: readonly ColumnRequirement[],
): HeaderMatch {
  const known = new Map(columns.map((c) => [normaliseHeader(c.name), c.name]));
  const positions = new Map<string, number>();
  const extra: string[] = [];
  const repeated: HeaderMatch['repeated'] = [];

  header.forEach((text, position) => {
    const column = known.get(normaliseHeader(text));
    if (column === undefined) {
      if (text.trim() !== '') extra.push(text.trim());
    } else if (positions.has(column)) {
      repeated.push({ column, header: text.trim() });
    } else {
      positions.set(column, position);
    }
  });

  const missing = columns.filter((c) => !c.optional && !positions.has(c.name)).map((c) => c.name);
  return { positions, missing, extra, repeated };
}
