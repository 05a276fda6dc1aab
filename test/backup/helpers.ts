/** Helpers of the backup tests: extra rows in every kind of table, and a whole-store dump. */
import { type Kysely, sql } from 'kysely';
import { storeTables } from '../../src/store/catalogue.ts';
import type { Store } from '../../src/store/open.ts';

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/** Rows in the portal and delivery tables beside the golden import: text, numbers, a blob. */
export async function addPortalRows(store: Store): Promise<void> {
  const db = store.db as unknown as AnyDb;
  const at = '2017-04-03T08:00:00.000Z';
  await db
    .insertInto('team_members')
    .values({ email: 'team@example.nl', role: 'admin', added_at: at })
    .execute();
  await db
    .insertInto('audit_log')
    .values({
      at,
      actor: 'team@example.nl',
      action: 'import',
      municipality: null,
      detail: 'é ’ <b>',
    })
    .execute();
  const archive = await db
    .insertInto('monitor_archive')
    .values({
      municipality_code: 'GM0441',
      reference_date: '2017-01-23',
      quarter: '2017Q1',
      methodology_version: '1.14',
      imports_json: '[]',
      model_json: '{}',
      html: '<p>Schagen</p>',
      // Every byte value, so that a blob round-trips exactly.
      pdf: Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
      content_hash: 'abc',
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('mail_deliveries')
    .values({
      archive_id: archive.id,
      email: 'a@schagen.nl',
      status: 'sent',
      attempts: 1,
      last_error: null,
      updated_at: at,
    })
    .execute();
}

/** Every table's rows, each as JSON (blobs as hex), sorted: equal stores give equal dumps. */
export async function dumpStore(store: Store): Promise<Record<string, string[]>> {
  const db = store.db as unknown as AnyDb;
  const dump: Record<string, string[]> = {};
  for (const table of await storeTables(db)) {
    const rows = await db.selectFrom(table).selectAll().execute();
    dump[table] = rows.map((row) => JSON.stringify(row, blobAsHex)).sort();
  }
  return dump;
}

function blobAsHex(this: unknown, _key: string, value: unknown): unknown {
  if (
    value !== null &&
    typeof value === 'object' &&
    (value as { type?: unknown }).type === 'Buffer'
  ) {
    return `hex:${Buffer.from((value as { data: number[] }).data).toString('hex')}`;
  }
  return value;
}

/** The next generated id of `table` must not collide after a restore. */
export async function nextAuditId(store: Store): Promise<number> {
  const db = store.db as unknown as AnyDb;
  const row = await db
    .insertInto('audit_log')
    .values({
      at: '2017-04-04T00:00:00.000Z',
      actor: null,
      action: 'test',
      municipality: null,
      detail: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export { sql };
