/**
 * The queries behind the stored methodology versions (table `methodology_versions`,
 * migration 007). Which version is in force is decided in `src/methodology/store.ts`.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface StoredMethodologyVersion {
  version: string;
  effectiveFrom: string;
  /** Canonical JSON of the `Methodology`; null for a version known only from the history. */
  rules: string | null;
  changes: string[];
  /** When this store first knew the version (ISO timestamp). */
  enteredAt: string;
}

/** Every stored version, oldest in force first. */
export async function readMethodologyVersions(
  db: Kysely<Database>,
): Promise<StoredMethodologyVersion[]> {
  const rows = await db
    .selectFrom('methodology_versions')
    .selectAll()
    .orderBy('effective_from')
    .orderBy('version')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    effectiveFrom: row.effective_from,
    rules: row.rules,
    changes: JSON.parse(row.changes) as string[],
    enteredAt: row.entered_at,
  }));
}

/**
 * Adds versions the store does not have yet. A version already there is left as it is, also
 * when another process added it a moment ago (two workers opening one PostgreSQL store).
 */
export async function insertMethodologyVersions(
  db: Kysely<Database>,
  versions: StoredMethodologyVersion[],
): Promise<void> {
  if (versions.length === 0) return;
  await db
    .insertInto('methodology_versions')
    .values(
      versions.map((v) => ({
        version: v.version,
        effective_from: v.effectiveFrom,
        rules: v.rules,
        changes: JSON.stringify(v.changes),
        entered_at: v.enteredAt,
      })),
    )
    .onConflict((oc) => oc.column('version').doNothing())
    .execute();
}
