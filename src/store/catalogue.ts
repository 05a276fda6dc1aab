/**
 * What a store holds, asked of the database itself rather than of our schema types, so that
 * whole-store operations (moving a store to another server) see every table, also those added
 * by later migrations: the tables, the order foreign keys allow filling them in, row counts,
 * and the generated-key sequences PostgreSQL keeps beside its tables.
 */
import { type DatabaseIntrospector, type QueryExecutorProvider, sql } from 'kysely';
import type { SqlDialect } from './dialect.ts';

/** Kysely's own bookkeeping: every store has it from its own migrations. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

/** Our tables (not Kysely's, not other schemas' such as a job queue's), by name. */
export async function storeTables(db: { introspection: DatabaseIntrospector }): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && (t.schema === undefined || t.schema === 'public'))
    .map((t) => t.name)
    .filter((name) => !MIGRATION_TABLES.has(name))
    .sort();
}

/** `tables` ordered so that every table comes after the tables its foreign keys point at. */
export async function fillingOrder(
  db: QueryExecutorProvider,
  dialect: SqlDialect,
  tables: string[],
): Promise<string[]> {
  const references = await foreignKeys(db, dialect, tables);
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const target of references.get(table) ?? []) if (target !== table) visit(target);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** For each table, the tables its foreign keys reference. */
async function foreignKeys(
  db: QueryExecutorProvider,
  dialect: SqlDialect,
  tables: string[],
): Promise<Map<string, string[]>> {
  const references = new Map<string, string[]>();
  if (dialect === 'postgres') {
    const { rows } = await sql<{ child: string; parent: string }>`
      select c.relname as child, p.relname as parent
      from pg_constraint k
      join pg_class c on c.oid = k.conrelid
      join pg_class p on p.oid = k.confrelid
      join pg_namespace n on n.oid = c.relnamespace
      where k.contype = 'f' and n.nspname = 'public'`.execute(db);
    for (const { child, parent } of rows) {
      references.set(child, [...(references.get(child) ?? []), parent]);
    }
    return references;
  }
  for (const table of tables) {
    const { rows } = await sql<{
      table: string;
    }>`select "table" from pragma_foreign_key_list(${table})`.execute(db);
    references.set(
      table,
      rows.map((r) => r.table),
    );
  }
  return references;
}

/** Rows in `table`. */
export async function countTable(db: QueryExecutorProvider, table: string): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(
    table,
  )}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * After rows were copied with their keys: PostgreSQL's sequences of generated keys (serial)
 * continue after the highest key, so the next insert does not collide. SQLite's AUTOINCREMENT
 * keeps up by itself.
 */
export async function continueSequences(
  db: QueryExecutorProvider,
  dialect: SqlDialect,
): Promise<void> {
  if (dialect !== 'postgres') return;
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and column_default like 'nextval(%'`.execute(db);
  for (const { table_name: table, column_name: column } of rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}),
        coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}
