import { describe, expect, it } from 'vitest';
import {
  parseCodeArgument,
  parseDateArgument,
  parseFormatsArgument,
  parseTableArgument,
} from '../../src/cli/arguments.ts';
import { CliError } from '../../src/cli/errors.ts';

describe('command-line values', () => {
  it('should accept dates as 23-1-2017 and 2017-01-23', () => {
    expect(parseDateArgument('23-1-2017', '--date')).toBe('2017-01-23');
    expect(parseDateArgument('2017-01-23', '--date')).toBe('2017-01-23');
    expect(() => parseDateArgument('31-2-2017', '--date')).toThrow(/Ongeldige datum "31-2-2017"/);
  });

  it('should normalise municipality codes and refuse others', () => {
    expect(parseCodeArgument('441')).toBe('GM0441');
    expect(parseCodeArgument('gm0441')).toBe('GM0441');
    expect(() => parseCodeArgument('Schagen')).toThrow(CliError);
  });

  it('should take report formats as a comma-separated list', () => {
    expect(parseFormatsArgument('html, PDF,json,html')).toEqual(['html', 'pdf', 'json']);
    expect(() => parseFormatsArgument('html,docx')).toThrow(/Onbekend formaat "docx"/);
  });

  it('should know the tables of the data contract', () => {
    expect(parseTableArgument(' Telefonie14 ')).toBe('telefonie14');
    expect(() => parseTableArgument('telefoon')).toThrow(/kies uit: gemeenten, /);
  });
});
