/**
 * API tokens of the monitor team (open data). The token itself is shown once when it is made
 * and stored only as a sha256 hash, so a copy of the database calls the API for nobody. A
 * token is never deleted: revoking keeps the row, and with it who made and revoked it.
 * Frozen once released: later changes go in new migrations, never here.
 */
import type { Kysely, Migration } from 'kysely';
import type { SqlDialect } from '../dialect.ts';

export function apiTokensSchema(dialect: SqlDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
          dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey(),
        )
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('api_tokens').execute();
    },
  };
}
