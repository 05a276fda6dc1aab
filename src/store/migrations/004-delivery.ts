/**
 * Quarterly production (issue 4): subscribers, the unsubscribe links mailed to them, the
 * archive of produced monitors (insert only: never updated, so a mailed PDF can always be
 * shown again as it was), monitors held back, and the delivery log per recipient.
 * The delivery log is `mail_deliveries` because `deliveries` already names imported folders.
 * Frozen once released: later changes go in new migrations, never here.
 */
import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from 'kysely';
import type { SqlDialect } from '../dialect.ts';

export function deliverySchema(dialect: SqlDialect): Migration {
  // The dialect differences: generated integer keys and binary columns.
  const idType = dialect === 'postgres' ? 'serial' : 'integer';
  const blobType = dialect === 'postgres' ? 'bytea' : 'blob';
  const id = (c: ColumnDefinitionBuilder) =>
    dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey();
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscribers')
        .addColumn('id', idType, id)
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) =>
          c.notNull().check(sql`source in ('request', 'catalogue-admin', 'team')`),
        )
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('subscribers_municipality_email', ['municipality_code', 'email'])
        .execute();
      // One token per mailed link, so every link ever mailed keeps working; only hashes.
      await db.schema
        .createTable('unsubscribe_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('monitor_archive')
        .addColumn('id', idType, id)
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('reference_date', 'text', (c) => c.notNull())
        .addColumn('quarter', 'text', (c) => c.notNull())
        .addColumn('methodology_version', 'text', (c) => c.notNull())
        .addColumn('imports_json', 'text', (c) => c.notNull())
        .addColumn('model_json', 'text', (c) => c.notNull())
        .addColumn('html', 'text', (c) => c.notNull())
        .addColumn('pdf', blobType, (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('monitor_archive_municipality_quarter', [
          'municipality_code',
          'quarter',
        ])
        .execute();
      await db.schema
        .createTable('held_monitors')
        .addColumn('id', idType, id)
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('quarter', 'text', (c) => c.notNull())
        .addColumn('reference_date', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('mail_deliveries')
        .addColumn('id', idType, id)
        .addColumn('archive_id', 'integer', (c) => c.notNull().references('monitor_archive.id'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('pending', 'sent', 'refused', 'failed')`),
        )
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('mail_deliveries_archive_email', ['archive_id', 'email'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'mail_deliveries',
        'held_monitors',
        'monitor_archive',
        'unsubscribe_tokens',
        'subscribers',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
