/**
 * `mdd backup` and `mdd restore`: a round trip that compares every table row by row, also into
 * the other dialect; refusals of a filled store, a newer or older schema and damaged files,
 * each leaving the store as it was.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, backupStore, restoreStore } from '../../src/store/backup.ts';
import { openStore } from '../../src/store/open.ts';
import { runCli } from '../cli/run-cli.ts';
import { createDatabase, databaseUrl, dropDatabase } from '../helpers/test-databases.ts';
import {
  openGoldenTestStore,
  openTestStore,
  type TestStore,
  testServer,
} from '../helpers/test-store.ts';
import { useTempDir } from '../sources/helpers.ts';
import { addPortalRows, dumpStore, nextAuditId } from './helpers.ts';

const tmp = useTempDir();
let source: TestStore;
let backupFile: string;
let expected: Record<string, string[]>;

beforeAll(async () => {
  source = await openGoldenTestStore();
  await addPortalRows(source.store);
  expected = await dumpStore(source.store);
  backupFile = join(tmp.path(), 'mdd-backup.jsonl.gz');
  await backupStore(source.store, backupFile);
}, 120_000);

afterAll(async () => {
  await source?.close();
});

/** Rewrites the backup's lines through `edit` into a new file. */
async function editedBackup(name: string, edit: (lines: string[]) => string[]): Promise<string> {
  const lines = gunzipSync(await readFile(backupFile))
    .toString('utf8')
    .trimEnd()
    .split('\n');
  const path = join(tmp.path(), name);
  await writeFile(path, gzipSync(`${edit(lines).join('\n')}\n`));
  return path;
}

async function expectRefused(target: TestStore, file: string, message: RegExp) {
  const before = await dumpStore(target.store);
  const error = await restoreStore(target.store, file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackupError);
  expect((error as Error).message).toMatch(message);
  expect(await dumpStore(target.store)).toEqual(before);
}

describe('backup and restore', () => {
  it('restores every table row by row into an empty store, and new ids follow on', async () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(20);
    expect(expected.portfolio_entries?.length).toBeGreaterThan(30_000);
    const target = await openTestStore();
    try {
      const summary = await restoreStore(target.store, backupFile);
      expect(summary.tables.find((t) => t.table === 'imports')?.rows).toBe(12);
      expect(await dumpStore(target.store)).toEqual(expected);
      const highest = Math.max(
        ...(expected.audit_log ?? []).map((r) => JSON.parse(r).id as number),
      );
      expect(await nextAuditId(target.store)).toBe(highest + 1);
    } finally {
      await target.close();
    }
  }, 120_000);

  it('restores into the other dialect too (SQLite and PostgreSQL)', async () => {
    const server =
      testServer() ?? process.env.MDD_POSTGRES_URL ?? 'postgres://mdd:mdd@127.0.0.1:5432/mdd';
    const other = testServer()
      ? { location: join(tmp.path(), 'ander.sqlite'), remove: async () => {} }
      : await (async () => {
          const name = `mdd_backup_${process.pid}_${Date.now()}`;
          await createDatabase(server, name);
          return { location: databaseUrl(server, name), remove: () => dropDatabase(server, name) };
        })();
    const store = await openStore(other.location);
    try {
      expect(store.dialect).not.toBe(source.store.dialect);
      await restoreStore(store, backupFile);
      expect(await dumpStore(store)).toEqual(expected);
    } finally {
      await store.close();
      await other.remove();
    }
  }, 180_000);

  it('refuses a store that holds data, and changes nothing', async () => {
    await expectRefused(source, backupFile, /is niet leeg: tabel \w+ heeft \d+ rijen/);
  });

  it('refuses a backup of a newer or an older schema', async () => {
    const target = await openTestStore();
    try {
      const newer = await editedBackup('nieuwer.jsonl.gz', ([header, ...rest]) => {
        const h = JSON.parse(header ?? '{}');
        h.migrations.push('999-from-the-future');
        h.schema = '999-from-the-future';
        return [JSON.stringify(h), ...rest];
      });
      await expectRefused(target, newer, /nieuwere versie van mdd \(migratie 999-from-the-future/);
      const older = await editedBackup('ouder.jsonl.gz', ([header, ...rest]) => {
        const h = JSON.parse(header ?? '{}');
        h.migrations.pop();
        return [JSON.stringify(h), ...rest];
      });
      await expectRefused(target, older, /van een ouder databaseschema/);
    } finally {
      await target.close();
    }
  });

  it('refuses a cut-off, a damaged and a foreign file, restoring nothing', async () => {
    const target = await openTestStore();
    try {
      const cut = await editedBackup('afgebroken.jsonl.gz', (lines) => lines.slice(0, -1000));
      await expectRefused(target, cut, /het einde ontbreekt/);
      const counts = await editedBackup('telling.jsonl.gz', (lines) => [
        ...lines.slice(0, 3),
        ...lines.slice(4),
      ]);
      await expectRefused(target, counts, /beschadigd/);
      const garbage = join(tmp.path(), 'kapot.jsonl.gz');
      await writeFile(
        garbage,
        Buffer.concat([(await readFile(backupFile)).subarray(0, 5000), Buffer.alloc(100, 7)]),
      );
      await expectRefused(target, garbage, /beschadigd/);
      const foreign = join(tmp.path(), 'vreemd.gz');
      await writeFile(foreign, gzipSync('{"hallo":1}\n'));
      await expectRefused(target, foreign, /is geen mdd-backup/);
    } finally {
      await target.close();
    }
  });

  it('should refuse a file that is no gzip, a cut-off gzip and a folder, in Dutch', async () => {
    const target = await openTestStore();
    try {
      const plain = join(tmp.path(), 'tekst.jsonl.gz');
      await writeFile(plain, 'geen backup\n');
      await expectRefused(target, plain, /is geen leesbare mdd-backup \(beschadigd\)/);
      const cut = join(tmp.path(), 'half.jsonl.gz');
      await writeFile(cut, (await readFile(backupFile)).subarray(0, 30_000));
      await expectRefused(target, cut, /is geen leesbare mdd-backup \(beschadigd\)/);
      await expectRefused(target, tmp.path(), /is een map, geen backupbestand/);
    } finally {
      await target.close();
    }
  });

  it('should refuse in Dutch a row the database will not take, restoring nothing', async () => {
    const target = await openTestStore();
    try {
      let table = '';
      let edited = false;
      const wrongType = await editedBackup('verkeerd-type.jsonl.gz', (lines) =>
        lines.map((line) => {
          const value = JSON.parse(line) as unknown;
          if (!Array.isArray(value)) {
            table = (value as { table?: string }).table ?? table;
            return line;
          }
          if (table !== 'deliveries' || edited) return line;
          edited = true;
          return JSON.stringify(['geen getal', ...value.slice(1)]);
        }),
      );
      expect(edited).toBe(true);
      await expectRefused(
        target,
        wrongType,
        /is beschadigd: tabel deliveries heeft rijen die niet in de database passen\. Er is niets teruggezet\.$/,
      );
    } finally {
      await target.close();
    }
  });

  it('should refuse to write a backup over a database, and replace an earlier backup', async () => {
    const other = join(tmp.path(), 'andere.sqlite');
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]);
    await writeFile(other, bytes);
    const refused = /is een database, geen backupbestand; de backup zou hem overschrijven\./;
    await expect(backupStore(source.store, other)).rejects.toThrow(refused);
    expect(await readFile(other)).toEqual(bytes);
    if (source.store.dialect === 'sqlite') {
      const own = source.store.location;
      const before = await readFile(own);
      await expect(backupStore(source.store, own)).rejects.toThrow(refused);
      await expect(backupStore(source.store, `${own}-wal`)).rejects.toThrow(refused);
      expect(await readFile(own)).toEqual(before);
    }
    const nightly = join(tmp.path(), 'nachtelijk.jsonl.gz');
    await writeFile(nightly, 'de backup van gisteren');
    await backupStore(source.store, nightly);
    expect(gunzipSync(await readFile(nightly)).toString('utf8')).toMatch(
      /^\{"format":"mdd-backup"/,
    );
  });

  it('should say in Dutch why a backup cannot be written, leaving no file behind', async () => {
    const folder = join(tmp.path(), 'bestaat-niet');
    const missing = join(folder, 'mdd-backup.jsonl.gz');
    await expect(backupStore(source.store, missing)).rejects.toThrow(
      `Kan de backup niet schrijven naar ${missing}: de map bestaat niet.`,
    );
    const onFolder = join(tmp.path(), 'map');
    await mkdir(onFolder);
    await expect(backupStore(source.store, onFolder)).rejects.toThrow(
      `Kan de backup niet schrijven naar ${onFolder}: er staat een map met die naam.`,
    );
    expect(existsSync(`${onFolder}.deel`)).toBe(false);
  });

  it('backs up and restores through the command line, in Dutch', async () => {
    const file = join(tmp.path(), 'cli-backup.jsonl.gz');
    const made = await runCli(['backup', file, '--database', source.location]);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(
      /^Backup geschreven naar .*cli-backup\.jsonl\.gz: \d+ tabellen, [\d.]+ rijen \(databaseschema \d{3}-[\w-]+\)\.\n$/,
    );
    const target = await openTestStore();
    await target.store.close();
    try {
      const restored = await runCli(['restore', file, '--database', target.location]);
      expect(restored.stdout).toMatch(/^Backup .* teruggezet: /);
      const again = await runCli(['restore', file, '--database', target.location]);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/^Fout: De database .* is niet leeg/);
      const reopened = await openStore(target.location);
      expect(await dumpStore(reopened)).toEqual(expected);
      await reopened.close();
    } finally {
      await target.close().catch(() => undefined);
    }
  }, 120_000);
});
