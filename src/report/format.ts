/**
 * Dutch formatting of dates for the report views. The engine formats every figure; these
 * helpers cover the few texts the views compose themselves (cover, appendices), and the
 * engine uses the number helpers (half-up rounding from exact fractions; `toFixed` is not
 * half up).
 * Dates are calendar dates (`YYYY-MM-DD`), read without time zone.
 */
import type { IsoDate } from '../sources/tables.ts';
import type { Fraction } from './model.ts';

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31)
    throw new Error(`Not a calendar date: ${date}`);
  return { year, month, day };
}

function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** `2017-01-23` → `23 januari 2017`. */
export function formatLongDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day} ${monthName(month)} ${year}`;
}

/** `2016-11-30` → `november 2016`. */
export function formatMonthYear(date: IsoDate): string {
  const { year, month } = parseIsoDate(date);
  return `${monthName(month)} ${year}`;
}

/** `2017-01-23` → `23-1-2017`, the short form used in running text. */
export function formatShortDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day}-${month}-${year}`;
}

/** Rounds `value` half up (away from zero) to `digits` decimals and shows it the Dutch way. */
export function formatDecimal(value: Fraction, digits: number): string {
  const negative = value.numerator < 0;
  const scale = 10n ** BigInt(digits);
  const numerator = BigInt(Math.abs(value.numerator)) * scale;
  const denominator = BigInt(value.denominator);
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  const whole = (rounded / scale).toString();
  const decimals = (rounded % scale).toString().padStart(digits, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = negative && rounded !== 0n ? '-' : '';
  return digits > 0 ? `${sign}${grouped},${decimals}` : `${sign}${grouped}`;
}

/** A value already in percent, e.g. 68,3 -> `68%`. */
export function formatPercent(value: Fraction, digits = 0): string {
  return `${formatDecimal(value, digits)}%`;
}

export function formatCount(value: number): string {
  return formatDecimal({ numerator: value, denominator: 1 }, 0);
}

export function formatYesNo(value: boolean): string {
  return value ? 'Ja' : 'Nee';
}
