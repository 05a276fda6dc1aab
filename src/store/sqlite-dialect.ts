/**
 * Kysely's SQLite dialect, with migrations in one transaction. Kysely's SQLite adapter says
 * SQLite has no transactional DDL (it has), so each migration's statements and its record in
 * `kysely_migration` were committed one by one: a process killed halfway through a migration
 * left tables no migration was recorded for, and every later start failed on "table already
 * exists". With this adapter a killed migration run leaves the store as it was before it.
 */
import { type DialectAdapter, SqliteAdapter, SqliteDialect } from 'kysely';

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
