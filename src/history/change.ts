/**
 * A figure's change since the previous quarter point, and the note when the municipalities
 * behind its comparison changed. Numbers compare exactly (fractions), never as floats; a
 * yes/no or status value is either the same text or changed.
 */
import { compareFractions } from '../engine/fraction.ts';
import { NO_VALUE_TEXT } from '../engine/measure.ts';
import type {
  ChangeDirection,
  Comparison,
  FigureChange,
  Measure,
  TrendPoint,
} from '../report/model.ts';
import type { MunicipalityCode } from '../sources/tables.ts';
import { joinDutch } from './lineage.ts';

/** Names shown in a basis note; a longer difference is given as a count. */
const MAX_NAMED = 5;

export function hasValue(measure: Measure): boolean {
  return !(measure.exact === null && measure.text === NO_VALUE_TEXT);
}

/** How `now` compares with `before`; `none` when either has no value. */
export function directionOf(now: Measure, before: Measure): ChangeDirection {
  if (!hasValue(now) || !hasValue(before)) return 'none';
  if (now.exact !== null && before.exact !== null) {
    const order = compareFractions(now.exact, before.exact);
    return order > 0 ? 'up' : order < 0 ? 'down' : 'equal';
  }
  return now.text === before.text ? 'equal' : 'changed';
}

const WORDS: Record<Exclude<ChangeDirection, 'none'>, string> = {
  up: 'hoger dan vorig kwartaal',
  down: 'lager dan vorig kwartaal',
  equal: 'gelijk aan vorig kwartaal',
  changed: 'anders dan vorig kwartaal',
};

/** What the figure is compared with at the previous point. */
export type Previous =
  | { kind: 'value'; measure: Measure; predecessor: string | null }
  | { kind: 'not-comparable'; reason: string };

/** The change of a figure whose value is `now`, against `previous` at point `at`. */
export function describeChange(
  now: Measure,
  previous: Previous,
  at: TrendPoint,
  basisNote: string | null,
): FigureChange {
  const base = { previousDate: at.date, previousDateText: at.dateText, basisNote };
  if (previous.kind === 'not-comparable') {
    return { ...base, direction: 'none', previous: null, text: previous.reason };
  }
  const { measure, predecessor } = previous;
  const direction = directionOf(now, measure);
  const who = predecessor === null ? '' : `${predecessor}: `;
  const was = `${who}${measure.text} op ${at.dateText}`;
  if (direction !== 'none') {
    return { ...base, direction, previous: measure, text: `${WORDS[direction]} (${was})` };
  }
  const then = `${at.dateText}${predecessor ? ` (${predecessor})` : ''}`;
  const text = hasValue(measure)
    ? `niet te vergelijken: nu geen waarde (${was})`
    : hasValue(now)
      ? `niet te vergelijken: geen waarde op ${then}`
      : `geen waarde, ook niet op ${then}`;
  return { ...base, direction, previous: measure, text };
}

function named(codes: MunicipalityCode[], nameOf: (code: MunicipalityCode) => string): string {
  if (codes.length > MAX_NAMED) return `${codes.length} gemeenten`;
  return joinDutch(codes.map(nameOf).sort((a, b) => a.localeCompare(b, 'nl')));
}

/**
 * A Dutch note when the set of municipalities behind `comparison` differs from the set at the
 * previous point (also when only the members, not the count, changed), else null.
 */
export function basisNote(
  comparison: Comparison,
  now: ReadonlySet<MunicipalityCode>,
  before: ReadonlySet<MunicipalityCode>,
  at: TrendPoint,
  nameOf: (code: MunicipalityCode) => string,
): string | null {
  const left = [...before].filter((code) => !now.has(code));
  const joined = [...now].filter((code) => !before.has(code));
  if (left.length === 0 && joined.length === 0) return null;
  const parts = [
    `${comparison.label} gaat over andere gemeenten dan op ${at.dateText}: ` +
      `nu ${now.size}, toen ${before.size}.`,
  ];
  if (left.length > 0) parts.push(`Niet meer meegeteld: ${named(left, nameOf)}.`);
  if (joined.length > 0) parts.push(`Nieuw meegeteld: ${named(joined, nameOf)}.`);
  return parts.join(' ');
}
