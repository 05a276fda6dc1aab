/**
 * The shipped golden delivery, read through the real readers, and its expected Schagen
 * monitor (`expected-GM0441.json`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../../src/engine/index.ts';
import { methodologyFor } from '../../src/methodology/index.ts';
import { loadHelpSettings } from '../../src/settings/help.ts';
import { readDelivery } from '../../src/sources/delivery.ts';
import {
  type ImportVersion,
  type SourceImports,
  type SourceTables,
  TABLE_NAMES,
  type TableName,
} from '../../src/sources/tables.ts';

export const GOLDEN_FOLDER = fileURLToPath(new URL('../../data/golden-2017q1', import.meta.url));
export const GOLDEN_DATE = '2017-01-23';

/** Row counts of the golden delivery per table (lines minus the header). */
export const GOLDEN_ROW_COUNTS: Record<TableName, number> = {
  gemeenten: 388,
  referentiecomponenten: 106,
  standaarden: 9,
  pakketversies: 1223,
  gemeente_pakketversies: 30610,
  koppelingen: 3480,
  gemeente_profielen: 388,
  digitale_volwassenheid: 12320,
  peilingen: 280,
  telefonie14: 386,
  landelijke_voorzieningen: 1548,
  ggk: 770,
};

export interface ExpectedFigure {
  section: string;
  id: string;
  value: string;
  comparison: string | null;
  rating: string | null;
}

export interface ExpectedTable {
  id: string;
  rows: (string | number)[][];
  rows_in_methodology_order?: (string | number)[][];
}

export interface ExpectedMonitor {
  gemeentecode: string;
  gemeentenaam: string;
  summary: { section: string; label: string; rating: string }[];
  figures: ExpectedFigure[];
  tables: ExpectedTable[];
}

export function readExpected(): ExpectedMonitor {
  return JSON.parse(readFileSync(`${GOLDEN_FOLDER}/expected-GM0441.json`, 'utf8'));
}

/** The expected table rows in the methodology's order, as shown text. */
export function expectedRows(table: ExpectedTable): string[][] {
  return (table.rows_in_methodology_order ?? table.rows).map((row) => row.map(String));
}

/** Reads the golden delivery; fails loudly when the readers report any error. */
export async function readGoldenTables(): Promise<{
  tables: SourceTables;
  imports: SourceImports;
}> {
  const delivery = await readDelivery(GOLDEN_FOLDER);
  const errors = delivery.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) throw new Error(`Golden delivery has errors: ${errors[0]?.message}`);
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, []])) as unknown as SourceTables;
  const imports: SourceImports = {};
  delivery.files.forEach((file, index) => {
    (tables as Record<string, unknown[]>)[file.table] = file.rows;
    const version: ImportVersion = {
      id: index + 1,
      table: file.table,
      dataDate: file.dataDate,
      fileName: file.file,
      contentHash: file.contentHash,
      importedAt: '2017-01-24T00:00:00.000Z',
      rowCount: file.rows.length,
    };
    imports[file.table] = version;
  });
  return { tables, imports };
}

/** The engine on the golden delivery at its date, with the shipped help settings. */
export async function goldenEngine(): Promise<Engine> {
  const { tables, imports } = await readGoldenTables();
  return createEngine({
    tables,
    imports,
    referenceDate: GOLDEN_DATE,
    methodology: methodologyFor(GOLDEN_DATE),
    help: await loadHelpSettings(),
  });
}
