/**
 * One row while a quarterly production runs (`mdd produce` or the schedule in `mdd serve`),
 * so two runs never send the same pending mails at once. Separate from 004-delivery, which
 * may already be applied where this lock is new.
 * Frozen once released: later changes go in new migrations, never here.
 */
import type { Kysely, Migration } from 'kysely';

export function productionLockSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('production_lock')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('acquired_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('production_lock').execute();
    },
  };
}
