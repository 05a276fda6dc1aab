/**
 * `mdd move`: a SQLite store with the golden delivery and portal and delivery rows moved into
 * the test database (PostgreSQL under MDD_TEST_DATABASE, else another SQLite file). The
 * source is a SQLite file by nature: that is the move an installation makes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivedContent, archiveMonitor, listArchived } from '../../src/delivery/archive.ts';
import { addSubscriber } from '../../src/delivery/subscribers.ts';
import { audit } from '../../src/portal/audit.ts';
import { createSession } from '../../src/portal/regional.ts';
import { addTeamMember } from '../../src/portal/team-list.ts';
import type { Report } from '../../src/report/model.ts';
import { countTable, storeTables } from '../../src/store/catalogue.ts';
import { StoreError } from '../../src/store/errors.ts';
import { importDelivery } from '../../src/store/import.ts';
import { moveStore } from '../../src/store/move.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { runCli } from '../cli/run-cli.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { freshLocation, type Location } from '../helpers/test-store.ts';
import { makeTempDir, removeDir } from './helpers.ts';

const AT = new Date('2017-02-01T09:00:00Z');
/** Every byte value, so a PDF column that lost or changed bytes shows. */
const PDF = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));

let dir: string;
let source: string;
let target: Location;

async function reportJson(location: string, name: string): Promise<string> {
  const out = join(dir, name);
  const run = await runCli(['report', 'GM0441', '--format', 'json', '--out', out], {
    MDD_DATABASE: location,
  });
  expect(run.code).toBe(0);
  return readFile(join(out, 'GM0441-2017-01-23.json'), 'utf8');
}

async function fillPortalAndDelivery(store: Store, report: Report) {
  await addTeamMember(store, 'beheer@voorbeeld.nl', 'admin', AT);
  await addSubscriber(store, 'GM0441', 'medewerker@schagen.nl', 'request', AT);
  await addSubscriber(store, 'GM0003', 'ict@appingedam.nl', 'team', AT);
  const draft = {
    name: 'Kop',
    date: '2017-03-14',
    municipalities: ['GM0441'],
    invites: ['a@x.nl'],
  };
  await createSession(store, draft, 'beheer@voorbeeld.nl', AT);
  await audit(store, {
    actor: 'beheer@voorbeeld.nl',
    action: 'test',
    municipality: 'GM0441',
    at: AT,
  });
  await archiveMonitor(store, {
    report,
    quarter: '2017Q1',
    html: '<p>Schagen</p>',
    pdf: PDF,
    at: AT,
  });
}

beforeAll(async () => {
  dir = await makeTempDir('move');
  source = join(dir, 'bron.sqlite');
  const store = await openStore(source);
  const outcome = await importDelivery(store, GOLDEN_FOLDER);
  await store.close();
  expect(outcome.ok).toBe(true);
  const report = JSON.parse(await reportJson(source, 'voor')) as Report;
  const again = await openStore(source);
  await fillPortalAndDelivery(again, report);
  await again.close();
  target = await freshLocation();
}, 120_000);

afterAll(async () => {
  await target?.remove();
  await removeDir(dir);
});

describe('mdd move', () => {
  it('copies every table with its rows, keys and bytes, and the report stays the same', async () => {
    const run = await runCli(['move', '--from', source, '--to', target.location]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^monitor_archive +1 +1$/m);
    expect(run.stdout).toMatch(
      /^Verhuisd: \d+ tabellen, [\d.]+ rijen; de aantallen zijn gelijk\.$/m,
    );

    const from = await openStore(source);
    const to = await openStore(target.location);
    try {
      const tables = await storeTables(from.db);
      expect(await storeTables(to.db)).toEqual(tables);
      for (const table of tables) {
        expect([table, await countTable(to.db, table)]).toEqual([
          table,
          await countTable(from.db, table),
        ]);
      }
      expect(await countTable(to.db, 'subscribers')).toBe(2);
      const [archived] = await listArchived(to);
      expect(archived).toEqual((await listArchived(from))[0]);
      expect((await archivedContent(to, archived?.id ?? 0))?.pdf).toEqual(PDF);
      // Generated keys go on after the copied ones.
      const before = await from.db.selectFrom('deliveries').select('id').execute();
      const next = await to.db
        .insertInto('deliveries')
        .values({ folder: 'later', imported_at: AT.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(next.id).toBe(Math.max(...before.map((r) => r.id)) + 1);
      await to.db.deleteFrom('deliveries').where('id', '=', next.id).execute();
    } finally {
      await from.close();
      await to.close();
    }
    expect(await reportJson(target.location, 'na')).toBe(
      await readFile(join(dir, 'voor', 'GM0441-2017-01-23.json'), 'utf8'),
    );
  }, 120_000);

  it('refuses a target that holds data, and changes nothing there', async () => {
    const to = await openStore(target.location);
    const subscribers = await countTable(to.db, 'subscribers');
    await to.close();
    const moving = moveStore(source, target.location);
    await expect(moving).rejects.toBeInstanceOf(StoreError);
    await expect(moving).rejects.toThrow(/is niet leeg: tabel \w+ heeft [\d.]+ rijen\./);
    const after = await openStore(target.location);
    expect(await countTable(after.db, 'subscribers')).toBe(subscribers);
    await after.close();
  }, 60_000);

  it('refuses to move a store onto itself, and asks for --from', async () => {
    await expect(moveStore(source, source)).rejects.toThrow(
      'Bron en doel van de verhuizing zijn dezelfde database.',
    );
    const run = await runCli(['move', '--to', target.location]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('Fout: Geef de database om te verhuizen op met --from.');
  });

  it('should refuse a --from file that does not exist, without making it', async () => {
    const missing = join(dir, 'tikfout.sqlite');
    const run = await runCli(['move', '--from', missing, '--to', join(dir, 'leeg-doel.sqlite')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `Fout: De database om te verhuizen, ${missing}, bestaat niet. Er is niets overgezet.`,
    );
    expect(existsSync(missing)).toBe(false);
  });
});
