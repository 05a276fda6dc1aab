/**
 * Regional sessions: a named, dated meeting for which the monitor team invites addresses to see
 * a few municipalities' monitors side by side. The id is a random string, so it can stand in a
 * link without telling how many sessions exist.
 * Frozen once released: later changes go in new migrations, never here.
 */
import { type Kysely, type Migration, sql } from 'kysely';

export function regionalSessionsSchema(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('regional_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('closed_at', 'text')
        .execute();
      await db.schema
        .createTable('regional_session_members')
        .addColumn('session_id', 'text', (c) =>
          c.notNull().references('regional_sessions.id').onDelete('cascade'),
        )
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('regional_session_members_pkey', [
          'session_id',
          'municipality_code',
        ])
        .execute();
      await db.schema
        .createTable('regional_session_invites')
        .addColumn('session_id', 'text', (c) =>
          c.notNull().references('regional_sessions.id').onDelete('cascade'),
        )
        .addColumn('email', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('regional_session_invites_pkey', ['session_id', 'email'])
        .execute();
      // Sign-in asks by address whether an open session invited it.
      await db.schema
        .createIndex('regional_session_invites_email')
        .on('regional_session_invites')
        .column('email')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of [
        'regional_session_invites',
        'regional_session_members',
        'regional_sessions',
      ]) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
