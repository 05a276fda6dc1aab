/** The spec of every table of the data contract, by table name. */
import * as catalogue from './specs-catalogue.ts';
import * as surveys from './specs-surveys.ts';
import type { TableSpecs } from './table-spec.ts';

export const TABLE_SPECS: TableSpecs = { ...catalogue, ...surveys };
