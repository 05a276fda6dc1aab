/** The SQL dialects the store speaks; SQLite by default, PostgreSQL for a shared server. */
export type SqlDialect = 'sqlite' | 'postgres';

/** A store location naming a PostgreSQL server rather than a SQLite file. */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
