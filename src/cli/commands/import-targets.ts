/**
 * What `mdd import` was given: one file (with --table and --date), or deliveries: a folder
 * with `bronnen.csv`, or a folder whose subfolders are deliveries (the demo history). Several
 * deliveries are imported oldest data date first.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findDeliveryIndex, readDeliveryDate } from '../../sources/delivery-date.ts';
import type { IsoDate, TableName } from '../../sources/tables.ts';
import { parseDateArgument, parseTableArgument } from '../arguments.ts';
import { CliError, EXIT_CODES } from '../errors.ts';

export interface SingleFileTarget {
  kind: 'file';
  path: string;
  table: TableName;
  dataDate: IsoDate;
}

export interface DeliveryTarget {
  folder: string;
  /** The latest data date in its `bronnen.csv`; null when that cannot be read. */
  dataDate: IsoDate | null;
}

export interface TargetOptions {
  table?: string;
  date?: string;
}

export async function resolveImportTargets(
  paths: string[],
  options: TargetOptions,
): Promise<SingleFileTarget | DeliveryTarget[]> {
  const kinds = await Promise.all(
    paths.map(async (path) => ({ path, info: await pathInfo(path) })),
  );
  const single = options.table !== undefined || options.date !== undefined;
  const file = kinds.find(({ info }) => !info.isDirectory());
  if (file && !single) {
    throw new CliError(
      `Geef bij het losse bestand "${file.path}" ook --table <naam> en --date <peildatum> op.`,
      EXIT_CODES.usage,
    );
  }
  if (single)
    return singleFile(
      kinds.map((k) => ({ path: k.path, isFile: !k.info.isDirectory() })),
      options,
    );

  const folders = (await Promise.all(paths.map(deliveriesIn))).flat();
  const dated = await Promise.all(
    folders.map(async (folder) => ({ folder, dataDate: await readDeliveryDate(folder) })),
  );
  // Oldest first; a delivery whose date cannot be read goes last and reports its own errors.
  return dated.sort(
    (a, b) =>
      (a.dataDate ?? '9999').localeCompare(b.dataDate ?? '9999') ||
      a.folder.localeCompare(b.folder),
  );
}

async function pathInfo(path: string) {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`Map of bestand "${path}" bestaat niet.`);
  return info;
}

function singleFile(paths: { path: string; isFile: boolean }[], options: TargetOptions) {
  const [first] = paths;
  if (paths.length > 1 || !first) {
    throw new CliError('Met --table en --date hoort precies één los bestand.', EXIT_CODES.usage);
  }
  if (!first.isFile) {
    throw new CliError(
      `"${first.path}" is een map (een levering met bronnen.csv); --table en --date horen bij ` +
        'een los bestand.',
      EXIT_CODES.usage,
    );
  }
  if (options.table === undefined || options.date === undefined) {
    throw new CliError(
      `Geef bij het losse bestand "${first.path}" ook --table <naam> en --date <peildatum> op.`,
      EXIT_CODES.usage,
    );
  }
  return {
    kind: 'file' as const,
    path: first.path,
    table: parseTableArgument(options.table),
    dataDate: parseDateArgument(options.date, '--date'),
  };
}

/** The folder itself when it is a delivery, else its subfolders that are. */
async function deliveriesIn(folder: string): Promise<string[]> {
  if ((await findDeliveryIndex(folder)) !== null) return [folder];
  const entries = await readdir(folder, { withFileTypes: true });
  const subfolders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name))
    .sort();
  const deliveries: string[] = [];
  for (const sub of subfolders) {
    if ((await findDeliveryIndex(sub)) !== null) deliveries.push(sub);
  }
  if (deliveries.length === 0) {
    throw new CliError(
      `De map "${folder}" is geen levering: er staat geen bronnen.csv in, en ook geen ` +
        'submappen met een bronnen.csv.',
    );
  }
  return deliveries;
}
