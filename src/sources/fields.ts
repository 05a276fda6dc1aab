/**
 * Field kinds: how one cell becomes one typed value of a row. A field either returns the value
 * or INVALID; what it expected is a fixed Dutch phrase, so messages need no per-cell work.
 */
import {
  dateToIsoDate,
  excelSerialToIsoDate,
  parseDecimal,
  parseDutchDate,
  parseInteger,
  parseMaturityLevel,
  parseMunicipalityCode,
  parseYesNo,
  scoreToTenths,
} from './parse.ts';
import { type Cell, cellText, isEmptyCell } from './sheet.ts';
import type { IsoDate, MaturityLevel, MunicipalityCode } from './tables.ts';

export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface Field<V> {
  /** What a valid cell looks like, in Dutch, e.g. `een datum zoals 23-1-2017`. */
  expected: string;
  parse(cell: Cell): V | Invalid;
}

/** Makes a field accept an empty cell as null. */
function optional<V>(field: Field<V>): Field<V | null> {
  return {
    expected: `${field.expected}, of leeg`,
    parse: (cell) => (isEmptyCell(cell) ? null : field.parse(cell)),
  };
}

/** A field over the cell's trimmed text, where empty text is invalid. */
function fromText<V>(
  expected: string,
  parseText: (text: string) => V | null | undefined,
): Field<V> {
  return {
    expected,
    parse(cell) {
      const text = cellText(cell);
      if (text === '') return INVALID;
      return parseText(text) ?? INVALID;
    },
  };
}

/**
 * The longest text a cell may hold. The longest real value (a supplier's name) is under 100
 * characters; a cell of thousands is a broken export (a line that swallowed the rest of the
 * file through an unclosed quote) and must not be stored as a name.
 */
export const MAX_TEXT_LENGTH = 1000;

export const text: Field<string> = fromText(
  `een tekst van hoogstens ${MAX_TEXT_LENGTH} tekens`,
  (t) => (t.length <= MAX_TEXT_LENGTH ? t : null),
);
export const optionalText = optional(text);

export const municipalityCode: Field<MunicipalityCode> = fromText(
  'een gemeentecode zoals GM0441 (of 441, 0441)',
  parseMunicipalityCode,
);
export const optionalMunicipalityCode = optional(municipalityCode);

export const date: Field<IsoDate> = {
  expected: 'een datum zoals 23-1-2017, 23-01-2017 of 2017-01-23',
  parse(cell) {
    if (cell instanceof Date) return dateToIsoDate(cell) ?? INVALID;
    // A bare number only comes from XLSX: a date cell without date formatting.
    if (typeof cell === 'number') return excelSerialToIsoDate(cell) ?? INVALID;
    if (typeof cell !== 'string') return INVALID;
    return parseDutchDate(cell) ?? INVALID;
  },
};
export const optionalDate = optional(date);

export const yesNo: Field<boolean> = {
  expected: 'ja of nee (ook j/n, yes/no, true/false, waar/onwaar of 1/0)',
  parse(cell) {
    if (typeof cell === 'boolean') return cell;
    if (cell === 1 || cell === 0) return cell === 1;
    return typeof cell === 'string' ? (parseYesNo(cell) ?? INVALID) : INVALID;
  },
};

const WHITESPACE_RUN = /\s+/g;

/** One of a fixed list of lower-case words, matched ignoring case and extra spaces. */
export function oneOf<const V extends string>(values: readonly V[]): Field<V> {
  const byText = new Map<string, V>(values.map((v) => [v, v]));
  return fromText(`een van: ${values.map((v) => `"${v}"`).join(', ')}`, (t) =>
    byText.get(t.toLowerCase().replace(WHITESPACE_RUN, ' ')),
  );
}

export function integerBetween(min: number, max: number): Field<number> {
  return fromText(`een geheel getal van ${min} tot en met ${max}`, (t) => {
    const value = parseInteger(t);
    return value !== null && value >= min && value <= max ? value : null;
  });
}

export const maturityLevel: Field<MaturityLevel> = {
  expected: '0%, 33%, 66% of 100% (ook als breuk, zoals 0,33) of "niet waargenomen"',
  parse(cell) {
    const level = parseMaturityLevel(cellText(cell));
    return level === undefined ? INVALID : level;
  },
};

export const scoreTenths: Field<number> = {
  expected: 'een cijfer van 1 tot en met 10 met hoogstens één decimaal, zoals 6,7',
  parse(cell) {
    const score = typeof cell === 'number' ? cell : parseDecimal(cellText(cell));
    return score === null ? INVALID : (scoreToTenths(score) ?? INVALID);
  },
};

const LIST_SEPARATOR = '|';

function splitList(text: string): string[] {
  const parts = text.split(LIST_SEPARATOR).map((part) => part.trim());
  return [...new Set(parts.filter((part) => part !== ''))];
}

/** Ids separated by `|`; empty is the empty list. */
export const idList: Field<string[]> = {
  expected: 'ids gescheiden door |, of leeg',
  parse: (cell) => splitList(cellText(cell)),
};

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** One or more e-mail domains separated by `|`, lower-cased; a leading `@` is dropped. */
export const domainList: Field<string[]> = fromText(
  'een of meer e-maildomeinen gescheiden door |, zoals schagen.nl',
  (t) => {
    const domains = splitList(t.toLowerCase()).map((d) => (d.startsWith('@') ? d.slice(1) : d));
    return domains.length > 0 && domains.every((d) => DOMAIN.test(d)) ? domains : null;
  },
);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const optionalEmail = optional(
  fromText('een e-mailadres zoals beheer@schagen.nl', (t) => (EMAIL.test(t) ? t : null)),
);
