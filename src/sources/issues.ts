/**
 * Typed import issues. Bad input is data: every problem a reader finds becomes one issue with
 * a code (for tests and logs), a place (file, spreadsheet row, column) and a complete Dutch
 * sentence for the user that names the file, row, column, value and what was expected.
 */

export type IssueCode =
  | 'file-missing'
  | 'file-unreadable'
  | 'unknown-table'
  | 'bad-delivery-index'
  | 'missing-column'
  | 'duplicate-column'
  | 'extra-column'
  | 'empty-file'
  | 'bad-row'
  | 'bad-value'
  | 'duplicate-key'
  | 'unknown-reference'
  | 'too-many-issues';

export type IssueSeverity = 'error' | 'warning';

export interface ImportIssue {
  code: IssueCode;
  severity: IssueSeverity;
  /** Base name of the file the issue is about. */
  file: string;
  /** Row as a spreadsheet shows it (the header is row 1); null when the issue is about the file. */
  row: number | null;
  /** Column name as the contract spells it; null when the issue is about a whole row or file. */
  column: string | null;
  /** The offending value as found in the file. */
  value: string | null;
  /** What was expected instead, in Dutch. */
  expected: string | null;
  /** Complete Dutch sentence for the user. */
  message: string;
}

/** Most issues a single file reports before the rest is summed up in one issue. */
export const MAX_ISSUES_PER_FILE = 200;

/** True when any issue is an error (warnings never block an import). */
export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** `In bestand x.csv, rij 5, kolom "score"`: the place every message starts with. */
export function describePlace(file: string, row: number | null, column: string | null): string {
  let place = `In bestand ${file}`;
  if (row !== null) place += `, rij ${row}`;
  if (column !== null) place += `, kolom "${column}"`;
  return place;
}

/** Longest value a message quotes whole; a longer one is cut, with its length said. */
export const MAX_QUOTED_LENGTH = 100;

/** The value as an issue keeps it: cut after MAX_QUOTED_LENGTH characters, marked by `…`. */
export function shortenValue(value: string): string {
  return value.length <= MAX_QUOTED_LENGTH ? value : `${value.slice(0, MAX_QUOTED_LENGTH)}…`;
}

/**
 * `"abc"`, or a readable phrase for an empty value. A long value (a megabyte line) is cut and
 * its length given, so one bad cell cannot make a message of a megabyte.
 */
export function quoteValue(value: string): string {
  if (value === '') return 'een lege waarde';
  if (value.length <= MAX_QUOTED_LENGTH) return `"${value}"`;
  const length = value.length.toLocaleString('nl-NL');
  return `"${shortenValue(value)}" (${length} tekens)`;
}

/**
 * Collects the issues of one file and caps them: after MAX_ISSUES_PER_FILE it only counts, and
 * `toArray` adds one closing issue saying how many more there were.
 */
export class IssueList {
  readonly #file: string;
  readonly #issues: ImportIssue[] = [];
  #dropped = 0;

  constructor(file: string) {
    this.#file = file;
  }

  add(issue: ImportIssue): void {
    if (this.#issues.length < MAX_ISSUES_PER_FILE) this.#issues.push(issue);
    else this.#dropped++;
  }

  get errorCount(): number {
    return this.#issues.filter((issue) => issue.severity === 'error').length + this.#dropped;
  }

  /** The issues in row order (file-wide ones first), as a user works through them. */
  toArray(): ImportIssue[] {
    const sorted = [...this.#issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (this.#dropped === 0) return sorted;
    const summary: ImportIssue = {
      code: 'too-many-issues',
      severity: 'error',
      file: this.#file,
      row: null,
      column: null,
      value: null,
      expected: null,
      message:
        `${describePlace(this.#file, null, null)} zijn nog ${this.#dropped} meldingen gevonden ` +
        `die hier niet getoond worden; los eerst de getoonde op.`,
    };
    return [...sorted, summary];
  }
}
