/**
 * kill -9 of `mdd import` while it stores the golden delivery, at several moments inside its
 * transaction: afterwards the store opens, SQLite finds it sound, and the delivery is wholly
 * absent; importing again then stores all of it. And a backup taken while an import runs holds
 * each import whole or not at all.
 */
import { describe, expect, it } from 'vitest';
import { backupStore } from '../../src/store/backup.ts';
import { readBackupLines } from '../../src/store/backup-format.ts';
import { openStore } from '../../src/store/open.ts';
import { ROW_TABLES } from '../../src/store/schema.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { freshLocation } from '../helpers/test-store.ts';
import { useTempDir } from '../sources/helpers.ts';
import { integrity, killHard, rowCounts, startMdd, until } from './helpers.ts';

const tmp = useTempDir();
const FILES = 12;

/** Tables the store fills itself on opening, present in an otherwise empty store. */
const SEEDED = new Set(['methodology_versions']);

function withoutSeeded(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([t]) => !SEEDED.has(t)));
}

describe('kill -9 during an import', () => {
  // As soon as the k-th file was written inside the one transaction.
  it.each([1, 5, 11])(
    'leaves all or nothing of the delivery when killed after file %i of 12',
    async (k) => {
      const { location, remove } = await freshLocation();
      try {
        const child = startMdd(['import', GOLDEN_FOLDER, '--database', location]);
        await until(() => child.output().includes(`${k}/${FILES} `), 120_000);
        await killHard(child);
        // The kill lands inside the transaction, or just after its commit: all or nothing.
        const committed = child.output().includes('Geïmporteerd uit');

        const store = await openStore(location);
        try {
          expect(await integrity(store)).toBe('ok');
          const counts = withoutSeeded(await rowCounts(store));
          if (committed) expect(counts.imports).toBe(FILES);
          else expect(counts).toEqual({});
        } finally {
          await store.close();
        }
        const again = startMdd(['import', GOLDEN_FOLDER, '--database', location]);
        expect(await again.exited).toBe(0);
        const full = await openStore(location);
        try {
          const counts = await rowCounts(full);
          expect(counts.imports).toBe(FILES);
          expect(counts.portfolio_entries).toBe(30_610);
        } finally {
          await full.close();
        }
      } finally {
        await remove();
      }
    },
    300_000,
  );

  it('backs up while an import runs: every import in the backup is whole', async () => {
    const { location, remove } = await freshLocation();
    const store = await openStore(location);
    try {
      const child = startMdd(['import', GOLDEN_FOLDER, '--database', location]);
      const files: string[] = [];
      while (child.process.exitCode === null) {
        const file = `${tmp.path()}/tijdens-${files.length}.jsonl.gz`;
        await backupStore(store, file);
        files.push(file);
      }
      expect(await child.exited).toBe(0);
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files) await expectWholeImports(file);
    } finally {
      await store.close();
      await remove();
    }
  }, 300_000);
});

/** Each import's row count equals the rows its row table holds for it in the backup. */
async function expectWholeImports(file: string): Promise<void> {
  const rowTables = new Set<string>(Object.values(ROW_TABLES));
  const declared = new Map<number, number>();
  const found = new Map<number, number>();
  let table = '';
  let columns: string[] = [];
  for await (const line of readBackupLines(file)) {
    if (Array.isArray(line)) {
      const value = (name: string) => line[columns.indexOf(name)];
      if (table === 'imports') declared.set(Number(value('id')), Number(value('row_count')));
      if (rowTables.has(table)) {
        const id = Number(value('import_id'));
        found.set(id, (found.get(id) ?? 0) + 1);
      }
    } else if (typeof (line as { table?: unknown }).table === 'string') {
      ({ table, columns } = line as { table: string; columns: string[] });
    }
  }
  for (const [id, rows] of declared) expect(found.get(id) ?? 0, `import ${id}`).toBe(rows);
  expect([...found.keys()].every((id) => declared.has(id))).toBe(true);
}
