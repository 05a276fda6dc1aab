/**
 * Methodology versions: which version is in force at a reference date, and lookup by name.
 */
import type { IsoDate } from '../sources/tables.ts';
import { versionHistory } from './history.ts';
import type { Methodology, VersionHistoryEntry } from './types.ts';
import { methodology114 } from './v1-14.ts';
import { methodology115 } from './v1-15.ts';

export type { Methodology, VersionHistoryEntry } from './types.ts';

/** Every version whose rules are kept, oldest first. */
export const methodologies: readonly Methodology[] = [methodology114, methodology115];

export class UnknownMethodologyError extends Error {}

/**
 * The version in force at `referenceDate` (the newest one whose `effectiveFrom` is on or
 * before it; the oldest kept version for earlier dates), or the named `version`.
 */
export function methodologyFor(referenceDate: IsoDate, version?: string): Methodology {
  if (version !== undefined) {
    const named = methodologies.find((m) => m.version === version);
    if (!named) {
      const known = methodologies.map((m) => m.version).join(', ');
      throw new UnknownMethodologyError(
        `Methodiekversie ${version} is onbekend; beschikbaar: ${known}.`,
      );
    }
    return named;
  }
  const inForce = methodologies.filter((m) => m.effectiveFrom <= referenceDate);
  return inForce.at(-1) ?? (methodologies[0] as Methodology);
}

/** The history up to and including `methodology`, for appendix 4. */
export function historyUpTo(methodology: Methodology): VersionHistoryEntry[] {
  const entries = versionHistory.filter((v) => v.date <= methodology.effectiveFrom);
  return entries.some((v) => v.version === methodology.version)
    ? entries
    : [...entries, { version: methodology.version, date: methodology.effectiveFrom, changes: [] }];
}
