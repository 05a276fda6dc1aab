/**
 * Addresses that unsubscribed from a municipality's monitor, so that the automatic
 * subscription of the catalogue administrator at production time does not undo an
 * unsubscribe. A new request (or the team adding the address) clears it.
 * Frozen once released: later changes go in new migrations, never here.
 */
import type { Kysely, Migration } from 'kysely';

export function optOutsSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscription_opt_outs')
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('subscription_opt_outs_pkey', ['municipality_code', 'email'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('subscription_opt_outs').execute();
    },
  };
}
