import { describe, expect, it } from 'vitest';
import {
  excelSerialToIsoDate,
  isoDateFromParts,
  nearestMaturityLevel,
  parseDecimal,
  parseDutchDate,
  parseInteger,
  parseMaturityLevel,
  parseMunicipalityCode,
  parsePercent,
  parseScoreTenths,
  parseYesNo,
  scoreToTenths,
} from '../../src/sources/parse.ts';

describe('parseDecimal', () => {
  it.each([
    ['6,7', 6.7],
    ['6.7', 6.7],
    [' 7 ', 7],
    ['-3,5', -3.5],
    ['+2', 2],
    [',5', 0.5],
    ['1.234,5', 1234.5],
    ['1.234.567,89', 1234567.89],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['1.234', 1.234],
    ['1,234', 1.234],
    ['0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it.each(['', 'abc', '6,7,8', '1.23,4', '12.34.5', '6,', '1 234', '1e5', 'NaN', '--1'])(
    'rejects %j',
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );
});

describe('parseInteger', () => {
  it('reads whole numbers and rejects fractions', () => {
    expect(parseInteger('2016')).toBe(2016);
    expect(parseInteger('2,0')).toBe(2);
    expect(parseInteger('2,5')).toBeNull();
    expect(parseInteger('twee')).toBeNull();
  });
});

describe('parsePercent', () => {
  it.each([
    ['33%', 33],
    ['33 %', 33],
    ['33', 33],
    ['0,33', 33],
    ['0.5', 50],
    ['1', 100],
    ['0', 0],
    ['66,7%', 66.7],
    ['100', 100],
  ])('reads %j as %d percent', (text, value) => {
    expect(parsePercent(text)).toBeCloseTo(value, 9);
  });

  it('rejects text that is no number', () => {
    expect(parsePercent('veel')).toBeNull();
    expect(parsePercent('%')).toBeNull();
  });
});

describe('nearestMaturityLevel', () => {
  it.each([
    [0, 0],
    [1, 0],
    [32, 33],
    [34, 33],
    [65, 66],
    [66.7, 66],
    [67, 66],
    [99, 100],
    [100, 100],
  ])('takes %d as level %d', (percent, level) => {
    expect(nearestMaturityLevel(percent)).toBe(level);
  });

  it.each([1.5, 31, 35, 50, 68, 98, 101.5, -2])('finds no level within one point of %d', (p) => {
    expect(nearestMaturityLevel(p)).toBeNull();
  });
});

describe('parseMaturityLevel', () => {
  it.each([
    ['0%', 0],
    ['33%', 33],
    ['66%', 66],
    ['100%', 100],
    ['0,67', 66],
    ['0,33', 33],
    ['0,34', 33],
    ['66,67%', 66],
    ['1', 100],
    ['niet waargenomen', null],
    ['  Niet  Waargenomen ', null],
  ])('reads %j as %j', (text, level) => {
    expect(parseMaturityLevel(text)).toBe(level);
  });

  it.each(['50%', '', 'onbekend', '0,5', '110%'])('rejects %j with undefined', (text) => {
    expect(parseMaturityLevel(text)).toBeUndefined();
  });
});

describe('survey scores in tenths', () => {
  it.each([
    ['6,7', 67],
    ['6.7', 67],
    ['7', 70],
    ['6,70', 67],
    ['1', 10],
    ['10', 100],
    ['10,0', 100],
  ])('reads %j as %d tenths', (text, tenths) => {
    expect(parseScoreTenths(text)).toBe(tenths);
  });

  it.each(['6,75', '0,9', '10,1', '11', '', 'goed'])('rejects %j', (text) => {
    expect(parseScoreTenths(text)).toBeNull();
  });

  it('accepts binary fractions of one decimal from spreadsheet numbers', () => {
    expect(scoreToTenths(6.7)).toBe(67);
    expect(scoreToTenths(0.1 + 6.6)).toBe(67);
    expect(scoreToTenths(6.71)).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['23-1-2017', '2017-01-23'],
    ['23-01-2017', '2017-01-23'],
    ['2017-01-23', '2017-01-23'],
    ['1-3-2016', '2016-03-01'],
    [' 29-2-2016 ', '2016-02-29'],
    ['31-12-2016', '2016-12-31'],
  ])('parseDutchDate reads %j as %s', (text, iso) => {
    expect(parseDutchDate(text)).toBe(iso);
  });

  it.each([
    '',
    '29-2-2017',
    '31-4-2017',
    '0-1-2017',
    '23-13-2017',
    '23-1-17',
    '2017-1-23',
    '23/1/2017',
    '1-1-0999',
    'morgen',
    '23-1-2017 10:00',
  ])('parseDutchDate rejects %j', (text) => {
    expect(parseDutchDate(text)).toBeNull();
  });

  it('isoDateFromParts checks the calendar', () => {
    expect(isoDateFromParts(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDateFromParts(1900, 2, 29)).toBeNull();
    expect(isoDateFromParts(2017, 1, 32)).toBeNull();
  });

  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [42758, '2017-01-23'],
    [42758.75, '2017-01-23'],
    [43101, '2018-01-01'],
  ])('excelSerialToIsoDate reads serial %d as %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });

  it.each([60, 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 3e6])(
    'excelSerialToIsoDate rejects serial %d (60 is the 29-2-1900 Excel invents)',
    (serial) => {
      expect(excelSerialToIsoDate(serial)).toBeNull();
    },
  );
});

describe('parseYesNo', () => {
  it.each(['ja', 'JA', 'j', 'J', 'yes', 'Yes', 'y', 'true', 'TRUE', 'waar', 'Waar', '1', ' ja '])(
    'reads %j as yes',
    (text) => {
      expect(parseYesNo(text)).toBe(true);
    },
  );
  it.each(['nee', 'Nee', 'n', 'N', 'no', 'NO', 'false', 'False', 'onwaar', 'ONWAAR', '0'])(
    'reads %j as no',
    (text) => {
      expect(parseYesNo(text)).toBe(false);
    },
  );
  it.each(['', 'misschien', '2', 'jaa', 'nee!'])('rejects %j', (text) => {
    expect(parseYesNo(text)).toBeNull();
  });
});

describe('parseMunicipalityCode', () => {
  it.each([
    ['GM0441', 'GM0441'],
    ['gm0441', 'GM0441'],
    ['gm441', 'GM0441'],
    ['441', 'GM0441'],
    ['0441', 'GM0441'],
    [' GM0003 ', 'GM0003'],
    ['3', 'GM0003'],
    ['GM 0441', 'GM0441'],
    ['1987', 'GM1987'],
  ])('reads %j as %s', (text, code) => {
    expect(parseMunicipalityCode(text)).toBe(code);
  });

  it.each(['', 'GM', 'GM00441', '12345', 'GM0000', '0', 'Schagen', 'GM04a1', 'PV0441'])(
    'rejects %j',
    (text) => {
      expect(parseMunicipalityCode(text)).toBeNull();
    },
  );
});
