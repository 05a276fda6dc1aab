/**
 * The codes a report run asks for, checked against the register on the reference date before
 * anything is written. A code the register knows outside its lifetime (merged away, or not yet
 * started) is explained as such: the user is looking at a date, not at a typo.
 */
import { formatShortDate } from '../report/format.ts';
import type { IsoDate, MunicipalityRow } from '../sources/tables.ts';
import { CliError } from './errors.ts';

export function checkCodes(
  codes: string[],
  active: ReadonlySet<string>,
  register: readonly MunicipalityRow[],
  referenceDate: IsoDate,
): void {
  const missing = codes.filter((code) => !active.has(code));
  if (missing.length === 0) return;
  const date = formatShortDate(referenceDate);
  const byCode = new Map(register.map((row) => [row.code, row]));
  const outside = missing.flatMap((code) => {
    const row = byCode.get(code);
    return row ? [lifetimeText(row, referenceDate)] : [];
  });
  const unknown = missing.filter((code) => !byCode.has(code));
  const parts: string[] = [];
  if (unknown.length > 0) {
    parts.push(
      `Onbekende gemeentecode${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}: ` +
        `niet in het gemeentenregister op ${date}.`,
    );
  }
  if (outside.length > 0) parts.push(`Op ${date} bestaat niet: ${outside.join('; ')}.`);
  throw new CliError(`${parts.join(' ')} Er is niets gemaakt.`);
}

function lifetimeText(row: MunicipalityRow, referenceDate: IsoDate): string {
  const name = `${row.code} (${row.name})`;
  if (row.startDate !== null && row.startDate > referenceDate) {
    return `${name}, die bestaat vanaf ${formatShortDate(row.startDate)}`;
  }
  const end = row.endDate === null ? '' : ` tot en met ${formatShortDate(row.endDate)}`;
  const successor = row.successor === null ? '' : ` en is opgegaan in ${row.successor}`;
  return `${name}, die bestond${end}${successor}`;
}
