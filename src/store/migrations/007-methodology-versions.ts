/**
 * Every methodology version the store has known, with the day it was entered, so that a
 * monitor can always be recomputed by the version that was in force at its reference date.
 * Versions known only from the history (before 1.14) have no rules. Rules and changes are JSON
 * text rather than a JSON column type, so both dialects store and return the same string.
 * Frozen once released: later changes go in new migrations, never here.
 */
import type { Kysely, Migration } from 'kysely';

export function methodologyVersionsSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('methodology_versions')
        .addColumn('version', 'text', (c) => c.primaryKey())
        .addColumn('effective_from', 'text', (c) => c.notNull())
        .addColumn('rules', 'text')
        .addColumn('changes', 'text', (c) => c.notNull())
        .addColumn('entered_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('methodology_versions').execute();
    },
  };
}
