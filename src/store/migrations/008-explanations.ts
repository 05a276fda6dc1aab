/**
 * Comply or explain (issue 5): a municipality's short explanation beside the rating of one
 * theme (a summary tile), with an end date and the fingerprint of the figure it was written
 * about. Rows are history: only `withdrawn_at` is ever set after insertion.
 * Frozen once released: later changes go in new migrations, never here.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import type { SqlDialect } from '../dialect.ts';

export function explanationsSchema(dialect: SqlDialect): Migration {
  // The one dialect difference: how a generated integer key is spelled.
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('explanations')
        .addColumn('id', idType, (c) =>
          dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('theme', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) > 0`))
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('reference_date', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('author_email', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('withdrawn_at', 'text')
        .addColumn('withdrawn_by', 'text')
        .execute();
      // Every monitor view reads one municipality's explanations.
      await db.schema
        .createIndex('explanations_municipality')
        .on('explanations')
        .columns(['municipality_code', 'theme'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('explanations').execute();
    },
  };
}
