/**
 * Pure parsers for the values source files hold, tolerant the way the data contract asks
 * (Dutch spreadsheets, old systems). Each returns null for text it cannot read, so callers
 * decide how to report it. The CLI uses the same functions for its own arguments.
 */
import type { IsoDate, MaturityLevel, MunicipalityCode } from './tables.ts';

// Compiled once: these run for every cell of every file.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const DOT_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const COMMA_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MUNICIPALITY_CODE = /^(?:GM)?\s*(\d{1,4})$/i;
const WHITESPACE_RUN = /\s+/g;

/**
 * A number with a decimal comma or point: `6,7` and `6.7` are 6.7. A dot followed by three
 * digits and then a comma is a thousands separator (`1.234,5` is 1234.5); so is a comma before
 * a decimal point (`1,234.5`). A lone `1.234` stays one point two three four.
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  if (PLAIN_NUMBER.test(t)) return Number(t.replace(',', '.'));
  if (DOT_THOUSANDS.test(t)) return Number(t.replaceAll('.', '').replace(',', '.'));
  if (COMMA_THOUSANDS.test(t)) return Number(t.replaceAll(',', ''));
  return null;
}

/** A whole number, e.g. a year or a count; `2016`, ` 2 `. */
export function parseInteger(text: string): number | null {
  const value = parseDecimal(text);
  return value !== null && Number.isInteger(value) ? value : null;
}

/**
 * A percentage in percent: `33%` and `33` are 33, a fraction `0,33` is 33 too. Without a `%`
 * sign a number from 0 to 1 is read as a fraction (so `1` is 100%), as spreadsheets store it.
 */
export function parsePercent(text: string): number | null {
  const t = text.trim();
  if (t.endsWith('%')) return parseDecimal(t.slice(0, -1));
  const value = parseDecimal(t);
  if (value === null) return null;
  return value >= 0 && value <= 1 ? value * 100 : value;
}

const MATURITY_LEVELS = [0, 33, 66, 100] as const;
const NOT_OBSERVED = 'niet waargenomen';

/** The maturity level within one point of a percentage (`66,7` is 66), or null if none is. */
export function nearestMaturityLevel(percent: number): Exclude<MaturityLevel, null> | null {
  for (const level of MATURITY_LEVELS) {
    // A small epsilon so that a fraction like 0,34 (34.00000000000001) still counts.
    if (Math.abs(percent - level) <= 1 + 1e-9) return level;
  }
  return null;
}

/**
 * A digital-maturity score: `0%`, `33%`, `0,67` (66) ..., or `niet waargenomen` (null).
 * Returns undefined for anything else, because null is a valid level here.
 */
export function parseMaturityLevel(text: string): MaturityLevel | undefined {
  const t = text.trim();
  if (t.toLowerCase().replace(WHITESPACE_RUN, ' ') === NOT_OBSERVED) return null;
  const percent = parsePercent(t);
  if (percent === null) return undefined;
  return nearestMaturityLevel(percent) ?? undefined;
}

/** A survey score 1-10 with at most one decimal, in tenths: `6,7` is 67, `7` is 70. */
export function scoreToTenths(score: number): number | null {
  const tenths = Math.round(score * 10);
  if (Math.abs(score * 10 - tenths) > 1e-6) return null;
  return tenths >= 10 && tenths <= 100 ? tenths : null;
}

export function parseScoreTenths(text: string): number | null {
  const score = parseDecimal(text);
  return score === null ? null : scoreToTenths(score);
}

/** `YYYY-MM-DD` for a real calendar day, else null (no 31-2, no 29-2 outside leap years). */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate | null {
  if (year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year)}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A date as `23-1-2017`, `23-01-2017` or `2017-01-23`, as `YYYY-MM-DD`. */
export function parseDutchDate(text: string): IsoDate | null {
  const t = text.trim();
  const dutch = DUTCH_DATE.exec(t);
  if (dutch) return isoDateFromParts(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]));
  const iso = ISO_DATE.exec(t);
  if (iso) return isoDateFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

const DAY_MS = 86_400_000;
// Serial 61 is 1-3-1900; serials from 61 on count from 30-12-1899.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An Excel serial date (1900 date system) as `YYYY-MM-DD`; a time of day is dropped.
 * Excel counts a 29-2-1900 that never existed: serial 60 is that day and gives null, serials
 * 1-59 are 1-1-1900 to 28-2-1900, and from 61 (1-3-1900) on the count is exact.
 */
export function excelSerialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day === 60 || day > 2_958_465) return null;
  const offset = day < 60 ? day + 1 : day;
  return new Date(EXCEL_EPOCH_MS + offset * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A JavaScript Date (as exceljs returns date cells, in UTC) as `YYYY-MM-DD`; null outside the
 * years 1000-9999, where toISOString writes `-000001-12-31` or `+010000-01-01` instead.
 */
export function dateToIsoDate(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year < 1000 || year > 9999 ? null : date.toISOString().slice(0, 10);
}

const YES_NO = new Map<string, boolean>([
  ['ja', true],
  ['nee', false],
  ['j', true],
  ['n', false],
  ['yes', true],
  ['no', false],
  ['y', true],
  ['true', true],
  ['false', false],
  ['waar', true],
  ['onwaar', false],
  ['1', true],
  ['0', false],
]);

/** `ja`/`nee`, `j`/`n`, `yes`/`no`, `true`/`false`, `waar`/`onwaar`, `1`/`0`, in any case. */
export function parseYesNo(text: string): boolean | null {
  return YES_NO.get(text.trim().toLowerCase()) ?? null;
}

/** A CBS municipality code: `GM0441`, `gm441`, `441` and `0441` are all `GM0441`. */
export function parseMunicipalityCode(text: string): MunicipalityCode | null {
  const match = MUNICIPALITY_CODE.exec(text.trim());
  const digits = match?.[1];
  if (digits === undefined || Number(digits) === 0) return null;
  return `GM${digits.padStart(4, '0')}`;
}
