/**
 * `mdd import`: a delivery folder, a folder of deliveries (or several of either), or one file
 * with its table and data date. Prints every issue and stores nothing of a delivery with an
 * error; else one line per table.
 */
import { formatShortDate } from '../../report/format.ts';
import type { ImportIssue } from '../../sources/issues.ts';
import { type ImportVersion, TABLE_NAMES } from '../../sources/tables.ts';
import {
  type ImportOutcome,
  importDelivery,
  importTableFile,
  type ProgressEvent,
} from '../../store/import.ts';
import { openStore, type Store } from '../../store/open.ts';
import { CliError } from '../errors.ts';
import { formatIssueLines } from '../issues.ts';
import { createProgressBar } from '../progress.ts';
import type { Terminal } from '../terminal.ts';
import { type DeliveryTarget, resolveImportTargets } from './import-targets.ts';

export interface ImportCommandOptions {
  table?: string;
  date?: string;
  database?: string;
}

export async function runImport(
  paths: string[],
  options: ImportCommandOptions,
  terminal: Terminal,
): Promise<void> {
  const targets = await resolveImportTargets(paths, options);
  const store = await openStore(options.database);
  try {
    if (!Array.isArray(targets)) {
      const outcome = await withProgress(terminal, (onProgress) =>
        importTableFile(store, targets.path, targets.table, targets.dataDate, { onProgress }),
      );
      return reportOutcome(outcome, targets.path, terminal);
    }
    const [only] = targets;
    if (targets.length === 1 && only) {
      const outcome = await withProgress(terminal, (onProgress) =>
        importDelivery(store, only.folder, { onProgress }),
      );
      return reportOutcome(outcome, only.folder, terminal);
    }
    await importDeliveries(store, targets, terminal);
  } finally {
    await store.close();
  }
}

/**
 * Several deliveries, oldest first, each in its own transaction: one that fails stores nothing
 * of itself, the others are still stored, and the command ends with an error naming it.
 */
async function importDeliveries(store: Store, targets: DeliveryTarget[], terminal: Terminal) {
  terminal.print(`${targets.length} leveringen gevonden; importeren op volgorde van peildatum.`);
  const failed: string[] = [];
  for (const [index, target] of targets.entries()) {
    const date = target.dataDate ? ` (peildatum ${formatShortDate(target.dataDate)})` : '';
    terminal.print(`Levering ${index + 1} van ${targets.length}: ${target.folder}${date}`);
    const outcome = await withProgress(terminal, (onProgress) =>
      importDelivery(store, target.folder, { onProgress }),
    );
    try {
      reportOutcome(outcome, target.folder, terminal);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      terminal.error(error.message);
      failed.push(target.folder);
    }
  }
  const stored = targets.length - failed.length;
  if (failed.length > 0) {
    throw new CliError(
      `${stored} van ${targets.length} leveringen opgeslagen; niets opgeslagen uit ` +
        `${failed.join(', ')}.`,
    );
  }
  terminal.print(`Alle ${targets.length} leveringen zijn opgeslagen.`);
}

async function withProgress(
  terminal: Terminal,
  run: (onProgress: (event: ProgressEvent) => void) => Promise<ImportOutcome>,
): Promise<ImportOutcome> {
  const bar = createProgressBar(terminal);
  try {
    return await run((event) => showProgress(event, terminal, bar));
  } finally {
    bar?.stop();
  }
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
