/**
 * The shape of a table spec: which contract column fills which property of a row, with which
 * field kind, and which properties form the key that must be unique within a file.
 */
import type { Field } from './fields.ts';
import type { TableName, TableRows } from './tables.ts';

export interface ColumnSpec<V> {
  /** The contract's (Dutch) column name, e.g. `einde_ondersteuning`. */
  column: string;
  field: Field<V>;
  /** The column may be left out of the file; its field must then accept an empty cell. */
  optional?: true;
}

/** Every property of the row type is filled from exactly one column. */
export type ColumnSpecs<R> = { [K in keyof R]-?: ColumnSpec<R[K]> };

export interface RowSpec<R> {
  columns: ColumnSpecs<R>;
  key: readonly (keyof R & string)[];
}

export interface TableSpec<T extends TableName> extends RowSpec<TableRows[T]> {
  table: T;
}

export type TableSpecs = { [T in TableName]: TableSpec<T> };
