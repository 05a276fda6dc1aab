/**
 * `mdd import`: a delivery folder, or one file with its table and data date. Prints every
 * issue and stores nothing when there is an error; else one line per table.
 */
import { stat } from 'node:fs/promises';
import { formatShortDate } from '../../report/format.ts';
import type { ImportIssue } from '../../sources/issues.ts';
import { type ImportVersion, TABLE_NAMES } from '../../sources/tables.ts';
import {
  type ImportOutcome,
  importDelivery,
  importTableFile,
  type ProgressEvent,
} from '../../store/import.ts';
import { openStore } from '../../store/open.ts';
import { parseDateArgument, parseTableArgument } from '../arguments.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import { formatIssueLines } from '../issues.ts';
import { createProgressBar } from '../progress.ts';
import type { Terminal } from '../terminal.ts';

export interface ImportCommandOptions {
  table?: string;
  date?: string;
  database?: string;
}

export async function runImport(
  path: string,
  options: ImportCommandOptions,
  terminal: Terminal,
): Promise<void> {
  const single = await resolveTarget(path, options);
  const store = await openStore(options.database);
  const bar = createProgressBar(terminal);
  let outcome: ImportOutcome;
  try {
    const onProgress = (event: ProgressEvent) => showProgress(event, terminal, bar);
    outcome = single
      ? await importTableFile(store, path, single.table, single.dataDate, { onProgress })
      : await importDelivery(store, path, { onProgress });
  } finally {
    bar?.stop();
    await store.close();
  }
  reportOutcome(outcome, path, terminal);
}

/** A single file needs its table and data date; a folder is a delivery and takes neither. */
async function resolveTarget(path: string, options: ImportCommandOptions) {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`Map of bestand "${path}" bestaat niet.`);
  if (info.isDirectory()) {
    if (options.table !== undefined || options.date !== undefined) {
      throw new CliError(
        `"${path}" is een map (een levering met bronnen.csv); --table en --date horen bij ` +
          'een los bestand.',
        EXIT_CODES.usage,
      );
    }
    return null;
  }
  if (options.table === undefined || options.date === undefined) {
    throw new CliError(
      `Geef bij het losse bestand "${path}" ook --table <naam> en --date <peildatum> op.`,
      EXIT_CODES.usage,
    );
  }
  return {
    table: parseTableArgument(options.table),
    dataDate: parseDateArgument(options.date, '--date'),
  };
}

function showProgress(
  event: ProgressEvent,
  terminal: Terminal,
  bar: ReturnType<typeof createProgressBar>,
): void {
  if (event.stage === 'reading') terminal.print(`Bestanden lezen uit ${event.path} ...`);
  else if (event.stage === 'checking') terminal.print(`Verwijzingen controleren ...`);
  else if (bar) bar.update(event.rowsDone, event.rowsTotal, event.table);
  else if (event.fileRowsDone === event.fileRows) {
    terminal.print(
      `${event.file}/${event.files} ${event.table}: ${formatCount(event.fileRows)} rijen`,
    );
  }
}

function reportOutcome(outcome: ImportOutcome, path: string, terminal: Terminal): void {
  if (!outcome.ok) {
    for (const line of formatIssueLines(outcome.issues)) terminal.error(line);
    throw new CliError(`Niets opgeslagen uit ${path}: ${countIssues(outcome.issues)}.`);
  }
  const rows = [
    ...outcome.imported.map((version) => ({ version, state: 'nieuw' })),
    ...outcome.skipped.map((version) => ({ version, state: 'al aanwezig' })),
  ].sort((a, b) => TABLE_NAMES.indexOf(a.version.table) - TABLE_NAMES.indexOf(b.version.table));
  terminal.print(`Geïmporteerd uit ${path}:`);
  for (const line of formatVersionTable(rows)) terminal.print(line);
  for (const line of formatIssueLines(outcome.issues)) terminal.print(line);
}

function formatVersionTable(rows: { version: ImportVersion; state: string }[]): string[] {
  const cells = [
    ['tabel', 'peildatum', 'rijen', ''],
    ...rows.map(({ version, state }) => [
      version.table,
      formatShortDate(version.dataDate),
      formatCount(version.rowCount),
      state,
    ]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...cells.map((row) => row[c]?.length ?? 0)));
  return cells.map(([table = '', date = '', count = '', state = '']) =>
    `  ${table.padEnd(widths[0] ?? 0)}  ${date.padEnd(widths[1] ?? 0)}  ${count.padStart(widths[2] ?? 0)}  ${state}`.trimEnd(),
  );
}

/**
 * The issues listed above, counted. A file's closing "nog N meldingen" line is no issue of its
 * own: it is left out of the count, and the count says that more were found than are shown.
 */
function countIssues(issues: ImportIssue[]): string {
  const shown = issues.filter((i) => i.code !== 'too-many-issues');
  const errors = shown.filter((i) => i.severity === 'error').length;
  const warnings = shown.length - errors;
  const parts = [`${errors} ${errors === 1 ? 'fout' : 'fouten'}`];
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`);
  const more = shown.length < issues.length ? ' getoond, en meer die niet getoond zijn' : '';
  return parts.join(', ') + more;
}

function formatCount(count: number): string {
  return count.toLocaleString('nl-NL');
}
