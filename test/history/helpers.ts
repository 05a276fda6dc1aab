/**
 * A small history in a real store: three quarter points of built tables, with a merger on
 * 1-1-2017 (GM0004 and GM0005 become the new GM0010; GM0006 becomes the new GM0011 on its
 * own). Tables are stored as imports at their data date, as an import would.
 */
import type { IsoDate, MunicipalityCode, SourceTables } from '../../src/sources/tables.ts';
import type { Store } from '../../src/store/open.ts';
import { insertRows } from '../../src/store/rows.ts';
import { buildTables, code, fillComponents } from '../helpers/tables-builder.ts';

export const Q4_2016 = '2016-10-24';
export const Q1_2017 = '2017-01-23';
export const Q2_2017 = '2017-04-24';

/** Stores every table of `tables` as one import with data date `dataDate`. */
export async function storeTables(
  store: Store,
  tables: SourceTables,
  dataDate: IsoDate,
): Promise<void> {
  for (const [table, rows] of Object.entries(tables) as [keyof SourceTables, never[]][]) {
    const record = await store.db
      .insertInto('imports')
      .values({
        table_name: table,
        data_date: dataDate,
        file_name: `${table}.csv`,
        content_hash: `${table}-${dataDate}`,
        imported_at: `${dataDate}T12:00:00.000Z`,
        row_count: rows.length,
        delivery_id: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertRows(store.db, table, Number(record.id), rows);
  }
}

function survey(tables: SourceTables, municipality: MunicipalityCode, scoreTenths: number): void {
  tables.peilingen.push({
    municipality,
    survey: 'burgerpeiling',
    indicator: 'waardering digitale dienstverlening',
    scoreTenths,
  });
}

/** Filled components per municipality number, and the survey participants, per quarter. */
interface Quarter {
  date: IsoDate;
  filled: Record<number, number>;
  surveys: Record<number, number>;
  connected: Record<number, boolean>;
}

const QUARTERS: Quarter[] = [
  {
    date: Q4_2016,
    filled: { 1: 20, 2: 30, 3: 30, 4: 10, 5: 40, 6: 25 },
    surveys: { 1: 65, 2: 70, 4: 60 },
    connected: { 1: false, 2: true, 4: true, 5: false, 6: true },
  },
  {
    date: Q1_2017,
    filled: { 1: 30, 2: 30, 3: 20, 10: 35, 11: 28 },
    surveys: { 1: 70, 2: 70, 3: 60 },
    connected: { 1: true, 2: true, 10: true, 11: true },
  },
  {
    date: Q2_2017,
    filled: { 1: 30, 2: 31, 3: 20, 10: 36, 11: 28 },
    surveys: { 1: 70, 2: 70, 3: 60 },
    connected: { 1: true, 2: true, 10: true, 11: true },
  },
];

/** The register of every quarter: 1..6, with 4, 5 and 6 ending on 31-12-2016. */
function register(tables: SourceTables): void {
  for (const row of tables.gemeenten) {
    if (row.code === code(4) || row.code === code(5)) {
      Object.assign(row, { endDate: '2016-12-31', successor: code(10) });
    }
    if (row.code === code(6)) Object.assign(row, { endDate: '2016-12-31', successor: code(11) });
  }
  const start = { province: 'Noord-Brabant', startDate: '2017-01-01', endDate: null };
  tables.gemeenten.push(
    { code: code(10), name: 'Samenstad', emailDomains: [], successor: null, ...start },
    { code: code(11), name: 'Nieuwdorp', emailDomains: [], successor: null, ...start },
  );
}

export function quarterTables(quarter: Quarter): SourceTables {
  const tables = buildTables(6);
  register(tables);
  tables.gemeente_profielen = [];
  for (const [n, count] of Object.entries(quarter.filled)) {
    fillComponents(tables, code(Number(n)), count);
    tables.gemeente_profielen.push({
      municipality: code(Number(n)),
      lastChange: quarter.date,
      contactPerson: true,
      account: true,
      administratorEmail: null,
    });
  }
  for (const [n, score] of Object.entries(quarter.surveys)) survey(tables, code(Number(n)), score);
  for (const [n, connected] of Object.entries(quarter.connected)) {
    tables.landelijke_voorzieningen.push({
      municipality: code(Number(n)),
      facility: 'eherkenning',
      connected,
    });
  }
  return tables;
}

/** Stores the first `count` quarters of the small history. */
export async function storeHistory(store: Store, count = QUARTERS.length): Promise<void> {
  for (const quarter of QUARTERS.slice(0, count)) {
    await storeTables(store, quarterTables(quarter), quarter.date);
  }
}
