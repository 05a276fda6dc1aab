/**
 * Moving a whole store to another database, typically a SQLite file into PostgreSQL when an
 * installation grows beyond one machine. Every table is copied with its keys in one
 * transaction on the target, so the target holds all of it or nothing; afterwards the row
 * counts of both are compared per table.
 */
import { existsSync } from 'node:fs';
import type { Kysely, QueryExecutorProvider, Transaction } from 'kysely';
import { continueSequences, countTable, fillingOrder, storeTables } from './catalogue.ts';
import { isPostgresLocation } from './dialect.ts';
import { StoreError } from './errors.ts';
import { describeLocation, openStore, resolveStoreLocation, type Store } from './open.ts';

/** Tables every store fills itself on opening; the source's rows replace the target's. */
const FILLED_ON_OPENING = new Set(['methodology_versions']);

/** Bound parameters per INSERT, under both dialects' limits. */
const PARAMETERS_PER_INSERT = 30_000;

export interface MovedTable {
  table: string;
  source: number;
  target: number;
}

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/**
 * Copies the store at `from` into the empty store at `to` (both migrated on opening) and
 * returns the row counts per table after the copy. Refuses a target that holds data.
 */
export async function moveStore(from: string, to: string): Promise<MovedTable[]> {
  const source = resolveStoreLocation(from);
  const target = resolveStoreLocation(to);
  if (source === target) {
    throw new StoreError('Bron en doel van de verhuizing zijn dezelfde database.');
  }
  // Opening a SQLite path that is not there makes a new, empty store: a mistyped --from would
  // then "move" nothing, report equal counts and leave the target looking ready.
  if (!isPostgresLocation(source) && !existsSync(source)) {
    throw new StoreError(
      `De database om te verhuizen, ${describeLocation(source)}, bestaat niet. Er is niets overgezet.`,
    );
  }
  const sourceStore = await openStore(source);
  try {
    const targetStore = await openStore(target);
    try {
      return await copyAll(sourceStore, targetStore);
    } finally {
      await targetStore.close();
    }
  } finally {
    await sourceStore.close();
  }
}

async function copyAll(source: Store, target: Store): Promise<MovedTable[]> {
  const tables = await storeTables(source.db);
  const targetTables = new Set(await storeTables(target.db));
  const missing = tables.filter((t) => !targetTables.has(t));
  if (missing.length > 0) {
    throw new StoreError(
      `De doeldatabase ${describeLocation(target.location)} mist de tabellen ` +
        `${missing.join(', ')}. Er is niets overgezet.`,
    );
  }
  const order = await fillingOrder(target.db, target.dialect, tables);
  await target.db.transaction().execute(async (trx) => {
    await refuseFilled(trx, target.location, order);
    for (const table of order) await copyTable(source.db as unknown as AnyDb, trx, table);
    await continueSequences(trx, target.dialect);
  });
  const counts: MovedTable[] = [];
  for (const table of tables) {
    counts.push({
      table,
      source: await countTable(source.db, table),
      target: await countTable(target.db, table),
    });
  }
  return counts;
}

async function refuseFilled(trx: QueryExecutorProvider, location: string, tables: string[]) {
  for (const table of tables) {
    if (FILLED_ON_OPENING.has(table)) continue;
    const rows = await countTable(trx, table);
    if (rows > 0) {
      throw new StoreError(
        `De doeldatabase ${describeLocation(location)} is niet leeg: tabel ${table} heeft ` +
          `${rows} rijen. Verhuis alleen naar een nieuwe, lege database. Er is niets overgezet.`,
      );
    }
  }
}

async function copyTable<DB>(source: AnyDb, trx: Transaction<DB>, table: string) {
  const target = trx as unknown as AnyDb;
  if (FILLED_ON_OPENING.has(table)) await target.deleteFrom(table).execute();
  const rows = await source.selectFrom(table).selectAll().execute();
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const batchSize = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns));
  for (let start = 0; start < rows.length; start += batchSize) {
    await target
      .insertInto(table)
      .values(rows.slice(start, start + batchSize))
      .execute();
  }
}
