import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMonthYear, formatShortDate } from '../../src/report/format.ts';

describe('Dutch dates for the report views', () => {
  it('writes a long date with the Dutch month name', () => {
    expect(formatLongDate('2017-01-23')).toBe('23 januari 2017');
    expect(formatLongDate('2016-12-01')).toBe('1 december 2016');
  });

  it('writes a month and year', () => {
    expect(formatMonthYear('2016-11-30')).toBe('november 2016');
    expect(formatMonthYear('2016-08-31')).toBe('augustus 2016');
  });

  it('writes a short date without leading zeros', () => {
    expect(formatShortDate('2017-01-23')).toBe('23-1-2017');
    expect(formatShortDate('2016-07-01')).toBe('1-7-2016');
  });

  it('refuses what is not an ISO calendar date', () => {
    expect(() => formatLongDate('23-1-2017')).toThrow(/ISO date/);
    expect(() => formatMonthYear('2016-13-01')).toThrow(/calendar date/);
  });
});
