/**
 * The keys a new file may refer to when its delivery does not bring the referenced table:
 * those of the latest stored import of that table, whatever its data date.
 */
import type { Kysely } from 'kysely';
import type { KnownKeys } from '../sources/references.ts';
import type { TableName, TableRows } from '../sources/tables.ts';
import { findLatestImport } from './imports.ts';
import { selectRows } from './rows.ts';
import type { Database } from './schema.ts';

export async function loadKnownKeys(db: Kysely<Database>): Promise<KnownKeys> {
  return {
    municipalities: await keysOf(db, 'gemeenten', (row) => row.code),
    referenceComponents: await keysOf(db, 'referentiecomponenten', (row) => row.id),
    standards: await keysOf(db, 'standaarden', (row) => row.id),
    packageVersions: await keysOf(db, 'pakketversies', (row) => row.id),
  };
}

async function keysOf<T extends TableName>(
  db: Kysely<Database>,
  table: T,
  keyOf: (row: TableRows[T]) => string,
): Promise<Set<string>> {
  const latest = await findLatestImport(db, table);
  if (!latest) return new Set();
  const rows = await selectRows(db, table, latest.id);
  return new Set(rows.map(keyOf));
}
