/**
 * Exact rational arithmetic for means and shares. Survey scores are tenths and maturity
 * levels whole percents, so every mean is a ratio of integers; comparing those exactly is what
 * makes a score of 6,7 against a national mean of exactly 6,7 rate "equal".
 */
import type { Fraction } from '../report/model.ts';

export function fraction(numerator: number, denominator = 1): Fraction {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Not an exact fraction: ${numerator}/${denominator}`);
  }
  return { numerator, denominator };
}

/** The mean of `sum` over `count` items; 0 when there are none. */
export function mean(sum: number, count: number): Fraction {
  return count === 0 ? fraction(0) : fraction(sum, count);
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`, compared exactly. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function scaleFraction(a: Fraction, factor: number, divisor = 1): Fraction {
  return fraction(a.numerator * factor, a.denominator * divisor);
}

export function toNumber(a: Fraction): number {
  return a.numerator / a.denominator;
}
