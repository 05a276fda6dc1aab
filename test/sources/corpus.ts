/**
 * The broken-file corpus (test/sources/corpus/manifest.json): each case names a file, its table
 * and data date, and either the exact Dutch messages a user must see or the rows it must give.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportIssue } from '../../src/sources/issues.ts';
import { type ReadTableResult, readTableFile } from '../../src/sources/read-table.ts';
import { checkReferences, type KnownKeys } from '../../src/sources/references.ts';
import type { IsoDate, TableName } from '../../src/sources/tables.ts';
import { buildCorpusFile } from './corpus-build.ts';

export const CORPUS = new URL('./corpus/', import.meta.url).pathname;

interface CaseBase {
  file: string;
  table: TableName;
  dataDate: IsoDate;
  about: string;
  /** Check references against the small register and catalogue in corpus/context. */
  references?: true;
  /** Built in a temporary folder by this builder of corpus-build.ts instead of committed. */
  build?: string;
}

export interface BrokenCase extends CaseBase {
  messages: string[];
}

export interface ValidCase extends CaseBase {
  rows: Record<string, unknown>[];
}

export interface Manifest {
  contextFolder: string;
  contextDataDate: IsoDate;
  broken: BrokenCase[];
  valid: ValidCase[];
}

export async function loadManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(join(CORPUS, 'manifest.json'), 'utf8')) as Manifest;
}

export interface CaseOutcome {
  result: ReadTableResult<TableName>;
  /** The file's own issues, then those of its references. */
  issues: ImportIssue[];
}

const NO_KEYS: KnownKeys = {
  municipalities: new Set(),
  referenceComponents: new Set(),
  standards: new Set(),
  packageVersions: new Set(),
};

/** Reads the case's file (building it into `tmp` first when it is built) as the import would. */
export async function runCase(
  manifest: Manifest,
  entry: CaseBase,
  tmp: string,
): Promise<CaseOutcome> {
  const path =
    entry.build === undefined
      ? join(CORPUS, entry.file)
      : await buildCorpusFile(entry.build, tmp, entry.file);
  const result = await readTableFile(path, entry.table, entry.dataDate);
  if (!entry.references) return { result, issues: result.issues };
  const context = await readContext(manifest);
  const references = checkReferences([...context, result], NO_KEYS);
  return { result, issues: [...result.issues, ...references.filter((i) => i.file === entry.file)] };
}

async function readContext(manifest: Manifest): Promise<ReadTableResult<TableName>[]> {
  const folder = join(CORPUS, manifest.contextFolder);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.csv')).sort();
  return Promise.all(
    names.map((name) =>
      readTableFile(
        join(folder, name),
        name.replace('.csv', '') as TableName,
        manifest.contextDataDate,
      ),
    ),
  );
}
