import { describe, expect, it } from 'vitest';
import { compareFractions, fraction } from '../../src/engine/fraction.ts';
import { formatDecimal, formatPercent } from '../../src/report/format.ts';

describe('half-up rounding from the exact value', () => {
  it.each([
    [fraction(5, 2), 0, '3'],
    [fraction(1005, 1000), 2, '1,01'],
    [fraction(125, 100), 1, '1,3'],
    [fraction(5, 100), 1, '0,1'],
    [fraction(2196, 388), 1, '5,7'],
    [fraction(475, 95), 0, '5'],
    [fraction(12345, 10), 1, '1.234,5'],
    [fraction(0), 1, '0,0'],
    [fraction(-5, 2), 0, '-3'],
  ])('%o with %i decimals is %s', (value, digits, shown) => {
    expect(formatDecimal(value, digits)).toBe(shown);
  });

  it('differs from toFixed where the float lies just below the half', () => {
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(formatDecimal(fraction(1005, 1000), 2)).toBe('1,01');
  });

  it('shows percentages without decimals', () => {
    expect(formatPercent(fraction(6831579, 100000))).toBe('68%');
    expect(formatPercent(fraction(1, 2))).toBe('1%');
  });
});

describe('exact comparison', () => {
  it('finds 67/10 equal to 670/100 and orders close values', () => {
    expect(compareFractions(fraction(67, 10), fraction(670, 100))).toBe(0);
    expect(compareFractions(fraction(66999, 10000), fraction(67, 10))).toBe(-1);
    expect(compareFractions(fraction(2, 3), fraction(1, 2))).toBe(1);
  });

  it('refuses values that are not exact fractions', () => {
    expect(() => fraction(0.1, 3)).toThrow(RangeError);
    expect(() => fraction(1, 0)).toThrow(RangeError);
  });
});
