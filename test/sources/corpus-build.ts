/**
 * Builds the corpus files that are not committed: XLSX workbooks (made with exceljs, so a
 * reviewer reads what they hold) and the big files, written into a temporary folder per run.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildZip } from '../portal-team/zip.ts';

type Builder = (path: string) => Promise<void>;

const TEL = ['gemeentecode', 'status'];
const STANDARDS = ['id', 'naam', 'benodigd_aantal'];
const PROFILES = ['gemeentecode', 'laatste_wijziging', 'contactpersoon', 'account'];

async function workbook(
  path: string,
  rows: ExcelJS.CellValue[][],
  edit?: (s: ExcelJS.Worksheet) => void,
) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Blad1');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  await book.xlsx.writeFile(path);
}

/**
 * Writes a header and then one block of about a megabyte of lines again and again until
 * `bytes`, through a stream: quick, and never a 100 MB string in the test process.
 */
async function bigText(path: string, header: string, bytes: number, line: (i: number) => string) {
  const lines: string[] = [];
  for (let size = 0, i = 0; size < 1024 * 1024; i++) {
    lines.push(line(i));
    size += lines[i]?.length ?? 0;
  }
  const block = Buffer.from(lines.join(''));
  const out = createWriteStream(path);
  out.write(header);
  for (let written = header.length; written < bytes; written += block.length) {
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const MB = 1024 * 1024;

export const BUILDERS: Record<string, Builder> = {
  'megabyte-cell': (path) =>
    writeFile(
      path,
      `gemeentecode;gemeentenaam;provincie;emaildomeinen\nGM0441;${'Schagen'.repeat(MB / 7)};Noord-Holland;schagen.nl\n`,
    ),
  'megabyte-line': (path) =>
    writeFile(path, `gemeentecode;status\nGM0441;operationeel;${'x;'.repeat(MB / 2)}\n`),
  'hundred-megabytes': (path) =>
    bigText(
      path,
      'gemeentecode;pakketversie_id;status;technologie;referentiecomponent_id\n',
      100 * MB,
      (i) =>
        `GM${String((i % 9999) + 1).padStart(4, '0')};PV${String(i).padStart(7, '0')};in productie;on-premise;RC001\n`,
    ),
  'truncated-xlsx': async (path) => {
    await workbook(path, [TEL, ['GM0441', 'operationeel']]);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
  },
  'merged-cells': (path) =>
    workbook(path, [TEL, ['GM0441', 'operationeel'], [null, 'niet aangesloten']], (s) =>
      s.mergeCells('A2:A3'),
    ),
  'formula-without-result': (path) =>
    workbook(path, [
      TEL,
      ['GM0441', { formula: 'IF(1=1,"operationeel","gepland")' } as ExcelJS.CellValue],
    ]),
  'formula-error': (path) =>
    workbook(path, [
      STANDARDS,
      ['S1', 'Zaakservices', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue],
    ]),
  'empty-sheet': (path) => workbook(path, []),
  'header-only-xlsx': (path) => workbook(path, [TEL]),
  'serial-day-60': (path) => workbook(path, [PROFILES, ['GM0441', 60, 'ja', 'ja']]),
  'text-in-number-xlsx': (path) =>
    workbook(path, [STANDARDS, ['S1', 'Zaakservices', 'twee'], ['S2', 'StUF-BG', 1.5]]),
  'not-available': (path) =>
    workbook(path, [
      ['gemeentecode', 'peiling', 'indicator', 'score'],
      [
        'GM0441',
        'burgerpeiling',
        'waardering dienstverlening',
        { error: '#N/A' } as ExcelJS.CellValue,
      ],
    ]),
  'duplicate-key-xlsx': (path) =>
    workbook(path, [TEL, [441, 'operationeel'], ['GM0441', 'niet aangesloten']]),
  'zip-without-workbook': (path) =>
    writeFile(path, buildZip([{ name: 'leesmij.txt', data: 'geen werkmap' }])),
  'serial-dates': (path) =>
    workbook(path, [
      PROFILES,
      ['GM0441', 59, 'ja', 'ja'],
      ['GM0003', 61, 'ja', 'nee'],
      ['GM0014', 42758, 'nee', 'ja'],
      ['GM0034', new Date(Date.UTC(2017, 0, 23)), true, false],
    ]),
  'formula-results': (path) =>
    workbook(path, [
      STANDARDS,
      [
        'S1',
        { formula: '"Zaak"&"services"', result: 'Zaakservices' } as ExcelJS.CellValue,
        { formula: '1+1', result: 2 } as ExcelJS.CellValue,
      ],
      ['S2', 'StUF-BG', { formula: '3-2', result: 1 } as ExcelJS.CellValue],
    ]),
  'numbers-as-codes': (path) =>
    workbook(path, [
      TEL,
      [441, 'operationeel'],
      [3, 'Niet Aangesloten'],
      ['0014', 'niet aangesloten'],
    ]),
};

/** Builds the corpus file `file` with builder `name` in `dir`; returns its path. */
export async function buildCorpusFile(name: string, dir: string, file: string): Promise<string> {
  const builder = BUILDERS[name];
  if (builder === undefined) throw new Error(`no corpus builder ${name}`);
  const path = join(dir, file);
  await builder(path);
  return path;
}
