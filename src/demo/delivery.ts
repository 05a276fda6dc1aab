/**
 * A demo delivery in memory (one text table per source table) and its reading and writing in
 * the form of the data contract: a folder with `bronnen.csv` and one file per table.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type IsoDate, TABLE_NAMES, type TableName } from '../sources/tables.ts';
import { fromDutchDate, toDutchDate } from './dates.ts';
import { dataDateOf, type QuarterDates } from './quarters.ts';
import { cellOf, copyTable, type DemoTable, formatDemoTable, parseDemoTable } from './table.ts';

export type DemoDelivery = Record<TableName, DemoTable>;

/** Reads a delivery whose files are named `<table>.csv`, as the golden delivery's are. */
export async function readDemoDelivery(folder: string): Promise<DemoDelivery> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (table) => {
      const text = await readFile(join(folder, `${table}.csv`), 'utf8');
      return [table, parseDemoTable(text)] as const;
    }),
  );
  return Object.fromEntries(entries) as DemoDelivery;
}

/**
 * The rows of `table` for municipalities that exist on its data date: a report of 30-11-2015
 * has no row for a municipality that starts on 1-1-2016 (Gooise Meren, Berg en Dal).
 */
function withinRegister(delivery: DemoDelivery, table: TableName, dataDate: IsoDate): string[][] {
  const rows = delivery[table].rows;
  const register = delivery.gemeenten;
  if (table === 'gemeenten' || !isMunicipalityTable(table)) return rows;
  const start = register.header.indexOf('datum_ingang');
  const end = register.header.indexOf('datum_einde');
  const outside = new Set(
    register.rows
      .filter((row) => {
        const from = start < 0 ? '' : cellOf(row, start);
        const until = end < 0 ? '' : cellOf(row, end);
        return (
          (from !== '' && fromDutchDate(from) > dataDate) ||
          (until !== '' && fromDutchDate(until) < dataDate)
        );
      })
      .map((row) => cellOf(row, 0)),
  );
  return outside.size === 0 ? rows : rows.filter((row) => !outside.has(cellOf(row, 0)));
}

function isMunicipalityTable(table: TableName): boolean {
  return !['referentiecomponenten', 'standaarden', 'pakketversies'].includes(table);
}

export function copyDelivery(delivery: DemoDelivery): DemoDelivery {
  const entries = TABLE_NAMES.map((table) => [table, copyTable(delivery[table])] as const);
  return Object.fromEntries(entries) as DemoDelivery;
}

/** Writes the delivery's files and its `bronnen.csv` into `folder`; returns the file names. */
export async function writeDemoDelivery(
  delivery: DemoDelivery,
  dates: QuarterDates,
  folder: string,
): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const index: DemoTable = {
    header: ['bron', 'bestand', 'peildatum'],
    rows: TABLE_NAMES.map((table) => [
      table,
      `${table}.csv`,
      toDutchDate(dataDateOf(dates, table)),
    ]),
  };
  await writeFile(join(folder, 'bronnen.csv'), formatDemoTable(index));
  for (const table of TABLE_NAMES) {
    const rows = withinRegister(delivery, table, dataDateOf(dates, table));
    await writeFile(join(folder, `${table}.csv`), formatDemoTable({ ...delivery[table], rows }));
  }
  return ['bronnen.csv', ...TABLE_NAMES.map((table) => `${table}.csv`)];
}
