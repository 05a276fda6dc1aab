/**
 * Property tests of the value parsers (src/sources/parse.ts) and the field kinds: any text or
 * number gives a value of the promised form or null, never an exception, and what the parsers
 * promise to read (Dutch numbers, dates, codes) reads back to the value it was written from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVALID } from '../../src/sources/fields.ts';
import {
  dateToIsoDate,
  excelSerialToIsoDate,
  parseDecimal,
  parseDutchDate,
  parseInteger,
  parseMaturityLevel,
  parseMunicipalityCode,
  parsePercent,
  parseScoreTenths,
  parseYesNo,
} from '../../src/sources/parse.ts';
import { TABLE_SPECS } from '../../src/sources/table-specs.ts';
import { messyText, RUNS } from './arbitraries.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('value parsers on any input', () => {
  it('return their type or null for any text', () => {
    fc.assert(
      fc.property(messyText(), (text) => {
        const decimal = parseDecimal(text);
        expect(decimal === null || Number.isFinite(decimal)).toBe(true);
        const integer = parseInteger(text);
        expect(integer === null || Number.isSafeInteger(integer) || Number.isInteger(integer)).toBe(
          true,
        );
        const percent = parsePercent(text);
        expect(percent === null || Number.isFinite(percent)).toBe(true);
        expect([undefined, null, 0, 33, 66, 100]).toContain(parseMaturityLevel(text));
        const tenths = parseScoreTenths(text);
        expect(tenths === null || (Number.isInteger(tenths) && tenths >= 10 && tenths <= 100)).toBe(
          true,
        );
        const date = parseDutchDate(text);
        expect(date === null || ISO.test(date)).toBe(true);
        expect([null, true, false]).toContain(parseYesNo(text));
        const code = parseMunicipalityCode(text);
        expect(code === null || /^GM\d{4}$/.test(code)).toBe(true);
      }),
      RUNS,
    );
  });

  it('turn any number into a date or null, and any Date into its day or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer()), fc.date(), (serial, date) => {
        const day = excelSerialToIsoDate(serial);
        expect(day === null || ISO.test(day)).toBe(true);
        const iso = dateToIsoDate(date);
        expect(iso === null || ISO.test(iso)).toBe(true);
      }),
      RUNS,
    );
  });

  it('read back Dutch-written numbers, dates and codes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999, max: 999_999 }),
        fc.integer({ min: 0, max: 9 }),
        fc.date({ min: new Date('1900-03-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 9999 }),
        (whole, tenth, date, code) => {
          const dutch = `${whole.toLocaleString('nl-NL')},${tenth}`;
          expect(parseDecimal(dutch)).toBeCloseTo(whole + (Math.sign(whole || 1) * tenth) / 10, 9);
          const [y, m, d] = date.toISOString().slice(0, 10).split('-').map(Number);
          expect(parseDutchDate(`${d}-${m}-${y}`)).toBe(date.toISOString().slice(0, 10));
          expect(parseMunicipalityCode(String(code))).toBe(`GM${String(code).padStart(4, '0')}`);
        },
      ),
      RUNS,
    );
  });
});

describe('field kinds of every table on any cell', () => {
  const fields = Object.values(TABLE_SPECS).flatMap((spec) =>
    Object.values(spec.columns).map((column) => column.field),
  );
  const cell = fc.oneof(
    messyText(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.date(),
    fc.constant(null),
  );

  it('give a value or INVALID, never an exception', () => {
    fc.assert(
      fc.property(cell, (value) => {
        for (const field of fields) {
          const parsed = field.parse(value);
          expect(parsed === INVALID || parsed !== undefined).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
