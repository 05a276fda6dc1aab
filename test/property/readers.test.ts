/**
 * Property tests of the readers: any bytes as CSV or XLSX, and messy but CSV-shaped files,
 * never make a reader throw anything but its own SheetFormatError (readSheet) or anything at
 * all (readTableFile, which turns every problem into Dutch issues); and an import of such a
 * file stores all of it or none of it. Each run is bounded by fast-check's `timeout`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../src/sources/issues.ts';
import { readSheet, SheetFormatError } from '../../src/sources/read-sheet.ts';
import { readTableFile } from '../../src/sources/read-table.ts';
import { importTableFile } from '../../src/store/import.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';
import { useTempDir } from '../sources/helpers.ts';
import {
  csvFile,
  FILE_RUNS,
  messyText,
  nearlyValidTelefonie,
  PEILINGEN_COLUMNS,
  TELEFONIE_COLUMNS,
} from './arbitraries.ts';
import { countRows } from './count.ts';

const tmp = useTempDir();
let counter = 0;

async function fileOf(bytes: Uint8Array, extension: string): Promise<string> {
  const path = join(tmp.path(), `bestand-${++counter}.${extension}`);
  await writeFile(path, bytes);
  return path;
}

async function readsAsSheetOrRefuses(name: string, bytes: Uint8Array): Promise<void> {
  try {
    await readSheet(name, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(SheetFormatError);
  }
}

function expectWellFormed(issues: ImportIssue[], file: string): void {
  for (const issue of issues) {
    expect(issue.file).toBe(file);
    expect(issue.message).toContain(file);
    expect(issue.message).toMatch(/\.$/);
    expect(issue.message.length).toBeLessThan(1000);
  }
}

describe('readers on any bytes', () => {
  it('readSheet only ever refuses with a SheetFormatError', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.concat([Buffer.from('PK\x03\x04'), b])),
      csvFile(TELEFONIE_COLUMNS),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('a.csv', 'a.xlsx', 'a.txt'), async (b, name) => {
        await readsAsSheetOrRefuses(name, b);
      }),
      FILE_RUNS,
    );
  });

  it('readTableFile never throws and names the file in every issue', async () => {
    const table = fc.constantFrom(
      'telefonie14',
      'peilingen',
      'gemeenten',
      'pakketversies',
    ) as fc.Arbitrary<'telefonie14' | 'peilingen' | 'gemeenten' | 'pakketversies'>;
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      csvFile(PEILINGEN_COLUMNS),
      csvFile(TELEFONIE_COLUMNS),
    );
    await fc.assert(
      fc.asyncProperty(bytes, table, async (b, t) => {
        const path = await fileOf(b, 'csv');
        const result = await readTableFile(path, t, '2017-01-23');
        expectWellFormed(result.issues, result.file);
        expect(result.rows.length).toBe(result.rowNumbers.length);
      }),
      FILE_RUNS,
    );
  });

  it('reads any workbook of messy cells without throwing', async () => {
    const cell = fc.oneof(
      messyText(),
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
      fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }),
      messyText().map((result) => ({ formula: 'A1', result })),
    );
    const sheet = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(sheet, fc.boolean(), async (rows, merge) => {
        const book = new ExcelJS.Workbook();
        const ws = book.addWorksheet('Blad1');
        ws.addRow(TELEFONIE_COLUMNS);
        for (const row of rows) ws.addRow(row as ExcelJS.CellValue[]);
        if (merge && rows.length > 1) ws.mergeCells('A2:A3');
        const path = await fileOf(new Uint8Array(await book.xlsx.writeBuffer()), 'xlsx');
        const result = await readTableFile(path, 'telefonie14', '2017-01-23');
        expectWellFormed(result.issues, result.file);
      }),
      { numRuns: 25, timeout: 10_000 },
    );
  });
});

describe('importing messy files', () => {
  let golden: TestStore;
  beforeAll(async () => {
    golden = await openGoldenTestStore();
  }, 120_000);
  afterAll(async () => {
    await golden?.close();
  });

  it('stores a file whole or not at all', async () => {
    const outcomes = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(nearlyValidTelefonie(), csvFile(TELEFONIE_COLUMNS)),
        async (bytes) => {
          const before = await countRows(golden.store);
          const path = await fileOf(bytes, 'csv');
          const outcome = await importTableFile(golden.store, path, 'telefonie14', '2016-08-31');
          const after = await countRows(golden.store);
          if (!outcome.ok) {
            outcomes.refused++;
            expect(after).toEqual(before);
            return;
          }
          outcomes.stored++;
          const stored = outcome.imported.reduce((sum, v) => sum + v.rowCount, 0);
          expect(after.imports).toBe(before.imports + outcome.imported.length);
          expect(after.phone14_statuses).toBe(before.phone14_statuses + stored);
        },
      ),
      { numRuns: 40, timeout: 20_000 },
    );
    // Both branches ran: the property is not only about refused files.
    expect(outcomes.stored).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  }, 300_000);
});
