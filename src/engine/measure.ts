/**
 * Builders of `Measure` values: the exact value together with its shown Dutch text.
 */

import { formatCount, formatDecimal, formatPercent } from '../report/format.ts';
import type { Fraction, Measure } from '../report/model.ts';
import { fraction, toNumber } from './fraction.ts';

export const NO_VALUE_TEXT = '-';

export function decimalMeasure(value: Fraction, digits: number): Measure {
  return { exact: value, approx: toNumber(value), text: formatDecimal(value, digits) };
}

export function percentMeasure(value: Fraction, digits: number): Measure {
  return { exact: value, approx: toNumber(value), text: formatPercent(value, digits) };
}

export function countMeasure(value: number): Measure {
  return { exact: fraction(value), approx: value, text: formatCount(value) };
}

/** A yes/no or status value: shown, not computed with. */
export function textMeasure(text: string): Measure {
  return { exact: null, approx: null, text };
}

export function noDataMeasure(): Measure {
  return textMeasure(NO_VALUE_TEXT);
}
