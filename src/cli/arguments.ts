/** Parsing of the values users type on the command line, with Dutch errors. */
import { parseDutchDate, parseMunicipalityCode } from '../sources/parse.ts';
import { type IsoDate, isTableName, TABLE_NAMES, type TableName } from '../sources/tables.ts';
import { CliError, EXIT_CODES } from './errors.ts';

/** A data or reference date as `23-1-2017` or `2017-01-23`. */
export function parseDateArgument(text: string, option: string): IsoDate {
  const date = parseDutchDate(text);
  if (date === null) {
    throw new CliError(
      `Ongeldige datum "${text}" bij ${option}: gebruik dag-maand-jaar (23-1-2017) ` +
        'of jaar-maand-dag (2017-01-23).',
      EXIT_CODES.usage,
    );
  }
  return date;
}

export function parseTableArgument(text: string): TableName {
  const name = text.trim().toLowerCase();
  if (!isTableName(name)) {
    throw new CliError(
      `Onbekende tabel "${text}" bij --table; kies uit: ${TABLE_NAMES.join(', ')}.`,
      EXIT_CODES.usage,
    );
  }
  return name;
}

/** A municipality code as `GM0441`, `gm441` or `441`. */
export function parseCodeArgument(text: string): string {
  const code = parseMunicipalityCode(text);
  if (code === null) {
    throw new CliError(
      `Ongeldige gemeentecode "${text}": verwacht GM met vier cijfers, zoals GM0441.`,
      EXIT_CODES.usage,
    );
  }
  return code;
}

export const REPORT_FORMATS = ['html', 'pdf', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A comma-separated list of report formats, e.g. `html,pdf`. */
export function parseFormatsArgument(text: string): ReportFormat[] {
  const formats = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  const unknown = formats.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0 || formats.length === 0) {
    throw new CliError(
      `Onbekend formaat "${unknown.join(',') || text}" bij --format; kies uit: ` +
        `${REPORT_FORMATS.join(', ')} (meerdere gescheiden door komma's).`,
      EXIT_CODES.usage,
    );
  }
  return [...new Set(formats as ReportFormat[])];
}
