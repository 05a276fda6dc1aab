/**
 * Methodology versions in the store. The versions kept in code are copied into the store when
 * it opens; a monitor's version is then read back from the store, so that the store alone says
 * which rules rated a reference date. A stored version never changes: rules that differ from
 * the code's under the same version number stop the store from opening.
 */
import type { Kysely } from 'kysely';
import type { IsoDate } from '../sources/tables.ts';
import { StoreError } from '../store/errors.ts';
import {
  insertMethodologyVersions,
  readMethodologyVersions,
  type StoredMethodologyVersion,
} from '../store/methodology-versions.ts';
import type { Database } from '../store/schema.ts';
import { versionHistory } from './history.ts';
import { methodologies, UnknownMethodologyError } from './index.ts';
import type { Methodology } from './types.ts';

export type { StoredMethodologyVersion } from '../store/methodology-versions.ts';

/** Anything holding the store's Kysely handle (a `Store`, or a test's). */
export interface MethodologyStore {
  db: Kysely<Database>;
}

/**
 * The version in force at `referenceDate` according to the store: the newest stored version
 * with rules whose `effectiveFrom` is on or before it (the oldest for earlier dates), or the
 * named `version`.
 *
 * @example await methodologyInForce(store, '2017-01-23') // 1.14
 * @example await methodologyInForce(store, '2017-04-23') // 1.15
 */
export async function methodologyInForce(
  store: MethodologyStore,
  referenceDate: IsoDate,
  version?: string,
): Promise<Methodology> {
  const usable = (await readMethodologyVersions(store.db)).filter((v) => v.rules !== null);
  const chosen =
    version === undefined
      ? (usable.filter((v) => v.effectiveFrom <= referenceDate).at(-1) ?? usable[0])
      : usable.find((v) => v.version === version);
  if (!chosen?.rules) {
    const known = usable.map((v) => v.version).join(', ') || 'geen';
    throw new UnknownMethodologyError(
      version === undefined
        ? 'De database kent geen methodiekversie met regels.'
        : `Methodiekversie ${version} is onbekend; beschikbaar: ${known}.`,
    );
  }
  return JSON.parse(chosen.rules) as Methodology;
}

/** Every version the store knows, oldest first, for `mdd methodology list`. */
export function storedMethodologyVersions(
  store: MethodologyStore,
): Promise<StoredMethodologyVersion[]> {
  return readMethodologyVersions(store.db);
}

/**
 * Copies the code's versions into the store (entered at `now`) and checks that every version
 * the store already had still has the code's rules. Called by `openStore` after migrating.
 */
export async function syncMethodologyVersions(
  db: Kysely<Database>,
  now: Date = new Date(),
): Promise<void> {
  const stored = new Map((await readMethodologyVersions(db)).map((v) => [v.version, v]));
  const inCode = codeVersions(now.toISOString());
  for (const version of inCode) {
    const before = stored.get(version.version);
    if (before && !sameRules(before.rules, version.rules)) {
      throw new StoreError(
        `Methodiekversie ${version.version} staat in de database met andere regels dan deze ` +
          `versie van mdd kent (ingevoerd ${before.enteredAt.slice(0, 10)}). Een vastgestelde ` +
          'versie mag niet veranderen: geef gewijzigde regels een nieuw versienummer.',
      );
    }
  }
  await insertMethodologyVersions(
    db,
    inCode.filter((v) => !stored.has(v.version)),
  );
}

/** The history entries and kept rules of the code, as rows for the store. */
export function codeVersions(enteredAt: string): StoredMethodologyVersion[] {
  const rows: StoredMethodologyVersion[] = versionHistory.map((entry) => {
    const kept = methodologies.find((m) => m.version === entry.version);
    return {
      version: entry.version,
      effectiveFrom: kept?.effectiveFrom ?? entry.date,
      rules: kept ? canonicalJson(kept) : null,
      changes: entry.changes,
      enteredAt,
    };
  });
  const unlisted = methodologies.filter(
    (m) => !versionHistory.some((e) => e.version === m.version),
  );
  return [
    ...rows,
    ...unlisted.map((m) => ({
      version: m.version,
      effectiveFrom: m.effectiveFrom,
      rules: canonicalJson(m),
      changes: [],
      enteredAt,
    })),
  ];
}

/** Stored JSON is compared by meaning, not by spelling: key order and spaces do not count. */
function sameRules(stored: string | null, code: string | null): boolean {
  if (stored === null || code === null) return stored === code;
  return canonicalJson(JSON.parse(stored)) === code;
}

/** JSON with object keys sorted at every level, so equal rules give one string. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : item,
  );
}
