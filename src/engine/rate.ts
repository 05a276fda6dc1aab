/**
 * Rating rules applied to exact values. Which rating each outcome gets is methodology data
 * (a `ComparisonRule`); this file only decides "above, equal or below".
 */
import type { ComparisonRule } from '../methodology/types.ts';
import type { Fraction, Rating } from '../report/model.ts';
import { compareFractions } from './fraction.ts';

/**
 * Rates `value` against `reference` exactly; ratings never look at rounded values.
 *
 * @example rateComparison(fraction(67, 10), fraction(67, 10), rule) // rule.equal
 */
export function rateComparison(value: Fraction, reference: Fraction, rule: ComparisonRule): Rating {
  if (rule.zero !== undefined && value.numerator === 0) return rule.zero;
  const order = compareFractions(value, reference);
  return order > 0 ? rule.above : order < 0 ? rule.below : rule.equal;
}
