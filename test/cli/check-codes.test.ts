import { describe, expect, it } from 'vitest';
import { checkCodes } from '../../src/cli/check-codes.ts';
import { CliError } from '../../src/cli/errors.ts';
import type { MunicipalityRow } from '../../src/sources/tables.ts';

const row = (code: string, name: string, more: Partial<MunicipalityRow> = {}): MunicipalityRow => ({
  code,
  name,
  province: 'Groningen',
  emailDomains: [],
  startDate: null,
  endDate: null,
  successor: null,
  ...more,
});

const register = [
  row('GM0003', 'Appingedam', { endDate: '2016-12-31', successor: 'GM1979' }),
  row('GM0005', 'Bedum'),
  row('GM1979', 'Eemsdelta', { startDate: '2021-01-01' }),
];
const active = new Set(['GM0005']);

function messageOf(codes: string[]): string {
  try {
    checkCodes(codes, active, register, '2017-01-23');
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error('no error');
}

describe('checkCodes', () => {
  it('accepts codes of municipalities that exist on the date', () => {
    expect(() => checkCodes(['GM0005'], active, register, '2017-01-23')).not.toThrow();
  });

  it('keeps calling a code the register never had unknown', () => {
    expect(messageOf(['GM9999'])).toBe(
      'Onbekende gemeentecode GM9999: niet in het gemeentenregister op 23-1-2017. ' +
        'Er is niets gemaakt.',
    );
  });

  it('says a merged municipality ended, and into which one, instead of "unknown"', () => {
    const message = messageOf(['GM0003', 'GM1979', 'GM9999']);
    expect(message).toContain('Onbekende gemeentecode GM9999');
    expect(message).toContain(
      'Op 23-1-2017 bestaat niet: GM0003 (Appingedam), die bestond tot en met 31-12-2016 ' +
        'en is opgegaan in GM1979; GM1979 (Eemsdelta), die bestaat vanaf 1-1-2021.',
    );
    expect(message).not.toContain('Onbekende gemeentecodes');
  });
});
