/**
 * CSV cells a spreadsheet would run as a formula are defused with a leading quote; numbers as
 * the monitor shows them, negative ones included, stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../src/report/csv.ts';

describe('csvCell', () => {
  it('should defuse every text that starts like a formula', () => {
    for (const text of [
      '=1+1',
      '+31 6 123',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      "-2+3+cmd|' /C calc'!A0",
      '-1+1',
      '-A1',
      '--1',
      '-1,5,5',
      '-1)',
    ]) {
      expect(csvCell(text).replace(/^"/, '').startsWith("'"), text).toBe(true);
    }
  });

  it('should keep numbers, negative ones and the no-data dash as they are', () => {
    for (const text of ['0', '6,7', '-3', '-1,5', '-1.234', '-1.234,56', '-12%', '-', '30.610']) {
      expect(csvCell(text), text).toBe(text);
    }
  });

  it('should quote separators, quotes and line breaks, after defusing', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('zeg "ja"')).toBe('"zeg ""ja"""');
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
    expect(csvText([['a', '-2+3']])).toBe("\uFEFFa;'-2+3\r\n");
  });
});
