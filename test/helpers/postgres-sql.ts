/**
 * The SQL a migration would run on PostgreSQL, compiled without a server, so the dialect
 * differences of a migration can be checked where no PostgreSQL runs.
 */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';

export async function postgresStatements(
  run: (db: Kysely<unknown>) => Promise<void>,
): Promise<string[]> {
  const statements: string[] = [];
  const db = new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') statements.push(event.query.sql);
    },
  });
  await run(db);
  return statements;
}
