/** Small helpers for reader tests: temporary files and checks on issue messages. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect } from 'vitest';
import type { ImportIssue } from '../../src/sources/issues.ts';

export { GOLDEN_FOLDER as GOLDEN } from '../helpers/golden.ts';

/** A fresh temporary folder for this test file, removed afterwards. */
export function useTempDir(): { path: () => string } {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdd-sources-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return { path: () => dir };
}

/** Writes `content` to `name` in `dir` (text as UTF-8 without BOM) and returns the path. */
export async function writeFixture(dir: string, name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

/** Writes a one-sheet workbook whose rows are given as exceljs cell values. */
export async function writeWorkbook(dir: string, name: string, rows: ExcelJS.CellValue[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** The one issue with `code`; fails when there is none or more than one. */
export function onlyIssue(issues: readonly ImportIssue[], code: ImportIssue['code']): ImportIssue {
  const found = issues.filter((issue) => issue.code === code);
  expect(found, JSON.stringify(issues, null, 2)).toHaveLength(1);
  return found[0] as ImportIssue;
}

/** Asserts that the Dutch message names the issue's file, row, column and value. */
export function expectMessageNamesPlace(issue: ImportIssue): void {
  expect(issue.message).toContain(issue.file);
  if (issue.row !== null) expect(issue.message).toContain(`rij ${issue.row}`);
  if (issue.column !== null) expect(issue.message).toContain(`kolom "${issue.column}"`);
  if (issue.value) expect(issue.message).toContain(`"${issue.value}"`);
  expect(issue.message).toMatch(/[.]$/);
}
