/**
 * `mdd report`: one report per municipality at a reference date, as HTML, PDF and/or JSON.
 * Every code is checked before any file is written; one browser prints all PDFs.
 */
import type { Engine } from '../../engine/index.ts';
import { importsAt, registerAt } from '../../history/engines.ts';
import { historyEngineAt } from '../../history/monitor.ts';
import { UnknownMethodologyError } from '../../methodology/index.ts';
import { methodologyInForce } from '../../methodology/store.ts';
import { queueModeFrom } from '../../queue/boss.ts';
import { formatShortDate } from '../../report/format.ts';
import { loadHelpSettings } from '../../settings/help.ts';
import { type IsoDate, TABLE_NAMES, type TableName } from '../../sources/tables.ts';
import { isPostgresLocation } from '../../store/dialect.ts';
import { describeLocation, openStore, resolveStoreLocation, type Store } from '../../store/open.ts';
import { latestDataDate, listImports } from '../../store/tables-at.ts';
import { parseCodeArgument, parseDateArgument, parseFormatsArgument } from '../arguments.ts';
import { checkCodes } from '../check-codes.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import { createProgressBar } from '../progress.ts';
import { openReportWriter, type ReportWriter } from '../report-writer.ts';
import type { Terminal } from '../terminal.ts';

export interface ReportCommandOptions {
  all?: boolean;
  date?: string;
  format?: string;
  out?: string;
  /** A methodology version chosen instead of the one in force at the reference date. */
  methodology?: string;
  database?: string;
}

/** The table whose data date is the default reference date: the software catalogue. */
const DEFAULT_DATE_TABLE = 'gemeente_pakketversies';

export async function runReport(
  codeArguments: string[],
  options: ReportCommandOptions,
  terminal: Terminal,
): Promise<void> {
  // Check the command line before touching the store.
  const formats = parseFormatsArgument(options.format ?? 'html,pdf');
  const outDir = options.out ?? 'out';
  const requested = parseCodes(codeArguments, options.all === true);
  const askedDate = options.date === undefined ? null : parseDateArgument(options.date, '--date');

  const { engine, referenceDate, methodologyVersion, missing, register } = await buildEngine(
    options.database,
    askedDate,
    options.methodology,
  );
  warnAboutMissingSources(missing, referenceDate, terminal);
  const codes = requested ?? engine.municipalities.map((m) => m.code);
  const active = new Set(engine.municipalities.map((m) => m.code));
  checkCodes(codes, active, register, referenceDate);
  terminal.print(
    `Peildatum ${formatShortDate(referenceDate)}, methodiek ${methodologyVersion}: ` +
      `${codes.length} ${codes.length === 1 ? 'rapport' : 'rapporten'} in ${outDir}`,
  );

  const location = resolveStoreLocation(options.database);
  const queued = options.all === true && isPostgresLocation(location) && queueModeFrom() !== 'off';
  // A chosen methodology is rendered here: queued jobs use the version in force.
  if (queued && options.methodology === undefined) {
    // Bulk rendering on PostgreSQL: one job per report, shared with any `mdd worker`.
    const { reportsOnQueue } = await import('../../queue/reports.ts');
    await reportsOnQueue({ location, referenceDate, codes, formats, outDir, log: terminal.print });
    return;
  }
  const writer = await openReportWriter(formats, outDir, codes.length);
  try {
    await writeReports(engine, codes, writer, terminal);
  } finally {
    await writer.close();
  }
}

/** The codes asked for, or null for `--all`. */
function parseCodes(codeArguments: string[], all: boolean): string[] | null {
  if (all && codeArguments.length > 0) {
    throw new CliError('Geef gemeentecodes óf --all op, niet allebei.', EXIT_CODES.usage);
  }
  if (all) return null;
  if (codeArguments.length === 0) {
    throw new CliError(
      'Geef een of meer gemeentecodes op (zoals GM0441), of --all.',
      EXIT_CODES.usage,
    );
  }
  return [...new Set(codeArguments.map(parseCodeArgument))];
}

/**
 * The engine for the reference date asked for, else the catalogue's latest data date; its
 * reports carry their history (changes since the previous quarter, trends).
 */
async function buildEngine(
  database: string | undefined,
  askedDate: IsoDate | null,
  chosenVersion: string | undefined,
) {
  const help = await loadHelpSettings();
  const store = await openStore(database);
  try {
    const referenceDate = await resolveReferenceDate(store, askedDate);
    const imports = await importsAt(store, referenceDate);
    if (imports.gemeenten === undefined) await refuseWithoutRegister(store, referenceDate);
    const missing = TABLE_NAMES.filter((table) => imports[table] === undefined);
    const methodologyVersion = (await chosenMethodology(store, referenceDate, chosenVersion))
      .version;
    const engine = await historyEngineAt(store, referenceDate, {
      help,
      methodologyVersion: chosenVersion,
    });
    const register = await registerAt(store, referenceDate);
    return { engine, referenceDate, methodologyVersion, missing, register };
  } finally {
    await store.close();
  }
}

/** The version chosen with --methodology, else the one in force; an unknown one is refused. */
async function chosenMethodology(store: Store, date: IsoDate, version: string | undefined) {
  try {
    return await methodologyInForce(store, date, version);
  } catch (error) {
    if (error instanceof UnknownMethodologyError) {
      throw new CliError(`--methodology: ${error.message}`, EXIT_CODES.usage);
    }
    throw error;
  }
}

/** The date asked for, else the catalogue's latest data date; an empty store is refused. */
async function resolveReferenceDate(store: Store, askedDate: IsoDate | null): Promise<IsoDate> {
  const where = `De database ${describeLocation(store.location)}`;
  const advice = 'Importeer eerst een levering met "mdd import <map>"';
  if ((await listImports(store)).length === 0) throw new CliError(`${where} is leeg. ${advice}.`);
  const date = askedDate ?? (await latestDataDate(store, DEFAULT_DATE_TABLE));
  if (date !== null) return date;
  throw new CliError(
    `${where} bevat nog geen Softwarecatalogus (${DEFAULT_DATE_TABLE}). ${advice}, ` +
      'of geef een peildatum op met --date.',
  );
}

/**
 * Without a register on or before the date there is no municipality to report on; saying the
 * code is unknown would send the user looking for a typo instead of at the date.
 */
async function refuseWithoutRegister(store: Store, referenceDate: IsoDate): Promise<never> {
  const dates = (await listImports(store))
    .filter((stored) => stored.table === 'gemeenten')
    .map((stored) => stored.dataDate)
    .sort();
  const oldest = dates[0];
  const hint =
    oldest === undefined
      ? 'Importeer eerst het gemeentenregister (gemeenten).'
      : `Het oudste geïmporteerde register heeft peildatum ${formatShortDate(oldest)}; ` +
        'kies een peildatum op of na die datum.';
  throw new CliError(
    `Er is geen gemeentenregister (gemeenten) met een peildatum op of voor ` +
      `${formatShortDate(referenceDate)}. ${hint} Er is niets gemaakt.`,
  );
}

/** A source without an import on or before the date counts as empty: say so, don't hide it. */
function warnAboutMissingSources(
  missing: TableName[],
  referenceDate: IsoDate,
  terminal: Terminal,
): void {
  if (missing.length === 0) return;
  terminal.error(
    `Let op: voor peildatum ${formatShortDate(referenceDate)} is er geen import van ` +
      `${missing.join(', ')}. De rapporten rekenen alsof die bronnen leeg zijn.`,
  );
}

/**
 * Writes the reports, `writer.lanes` at a time; each line (or the bar) counts them in the
 * order they are finished.
 */
async function writeReports(
  engine: Engine,
  codes: string[],
  writer: ReportWriter,
  terminal: Terminal,
): Promise<void> {
  const bar = createProgressBar(terminal);
  const written: string[] = [];
  let next = 0;
  let done = 0;
  const lane = async () => {
    try {
      await writeInTurn();
    } catch (error) {
      // The other lanes finish the report in hand and take no new one.
      next = codes.length;
      throw error;
    }
  };
  const writeInTurn = async () => {
    while (next < codes.length) {
      const code = codes[next++] as string;
      const report = engine.report(code);
      const label = `${code} ${report.municipality.name}`;
      bar?.update(done, codes.length, label);
      const paths = await writer.write(report);
      done += 1;
      // With a bar the paths follow it; without one each line says what was written.
      if (bar) written.push(...paths);
      else terminal.print(`${done}/${codes.length} ${label}: ${paths.join(', ')}`);
    }
  };
  try {
    const lanes = Array.from({ length: Math.min(writer.lanes, codes.length) }, lane);
    const failed = (await Promise.allSettled(lanes)).find((lane) => lane.status === 'rejected');
    if (failed) throw failed.reason;
    bar?.update(codes.length, codes.length, '');
  } finally {
    bar?.stop();
  }
  for (const path of written) terminal.print(path);
}
