/**
 * The keys a new file may refer to when its delivery does not bring the referenced table:
 * those of the latest stored import of that table, whatever its data date.
 */
import type { Kysely } from 'kysely';
import { type KnownKeys, municipalityPeriods } from '../sources/references.ts';
import type { TableName, TableRows } from '../sources/tables.ts';
import { findLatestImport } from './imports.ts';
import { selectRows } from './rows.ts';
import type { Database } from './schema.ts';

export async function loadKnownKeys(db: Kysely<Database>): Promise<KnownKeys> {
  const register = await latestRows(db, 'gemeenten');
  return {
    municipalities: new Set(register.map((row) => row.code)),
    // A code of the register is still wrong in a file dated after the municipality ended.
    municipalityPeriods: municipalityPeriods(register),
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
  return new Set((await latestRows(db, table)).map(keyOf));
}

async function latestRows<T extends TableName>(
  db: Kysely<Database>,
  table: T,
): Promise<TableRows[T][]> {
  const latest = await findLatestImport(db, table);
  return latest ? selectRows(db, table, latest.id) : [];
}
