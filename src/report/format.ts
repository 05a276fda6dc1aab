/**
 * Dutch formatting of shown values: decimal comma, `.` between thousands, half-up rounding
 * from the exact value (Number#toFixed does not round half up), dates as `23-1-2017`.
 */
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
];

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

function dateParts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
}

/** `2017-01-23` -> `23-1-2017`. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return `${day}-${month}-${year}`;
}

/** `2016-11-30` -> `november 2016`. */
export function formatMonth(isoDate: string): string {
  const [year, month] = dateParts(isoDate);
  return `${MONTHS[month - 1]} ${year}`;
}

/** `2017-01-23` -> `23 januari 2017`. */
export function formatLongDate(isoDate: string): string {
  const [year, month, day] = dateParts(isoDate);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function formatYesNo(value: boolean): string {
  return value ? 'Ja' : 'Nee';
}
