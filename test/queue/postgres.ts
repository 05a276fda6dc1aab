/**
 * The real PostgreSQL server the queue tests need (the queue exists only there): the server of
 * `MDD_TEST_DATABASE`, else the local one CI starts. Without a server the tests fail and say so.
 */
import pg from 'pg';
import { importDelivery } from '../../src/store/import.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';

export const POSTGRES_SERVER =
  process.env.MDD_TEST_DATABASE ?? 'postgres://mdd:mdd@127.0.0.1:5432/mdd';

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `The queue tests need PostgreSQL at ${POSTGRES_SERVER.replace(/:[^:@/]*@/, ':***@')} ` +
        `(set MDD_TEST_DATABASE, or start it with scripts/postgres.sh): ${String(error)}`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface PostgresStore {
  store: Store;
  url: string;
  /** Closes the store and drops the database. */
  drop(): Promise<void>;
}

/** A new database with the golden delivery imported. */
export async function goldenPostgresStore(label: string): Promise<PostgresStore> {
  const name = `mdd_q_${label}_${Math.floor(Date.now() / 1000).toString(36)}_${process.pid}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString());
  const outcome = await importDelivery(store, GOLDEN_FOLDER);
  if (!outcome.ok) throw new Error('golden delivery did not import into PostgreSQL');
  return {
    store,
    url: url.toString(),
    async drop() {
      await store.close();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
