/**
 * Opening a store that cannot be used: a SQLite path that holds something else, or a database
 * a newer mdd migrated. A Dutch reason, naming the location.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/errors.ts';
import { describeLocation, openStore } from '../../src/store/open.ts';
import { freshLocation } from '../helpers/test-store.ts';
import { makeTempDir, removeDir } from './helpers.ts';

describe('openStore on a SQLite path that is no database (SQLite only)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await makeTempDir('open-errors');
  });

  afterAll(async () => {
    await removeDir(dir);
  });

  it('says a CSV file is no SQLite database', async () => {
    const path = join(dir, 'ggk.csv');
    await writeFile(
      path,
      `gemeentecode;domein;actief;kanaal\n${'GM0441;ijw;ja;portaal\n'.repeat(50)}`,
    );
    const opening = openStore(path);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toThrow(
      `De database ${path} kan niet worden geopend: het bestand is geen SQLite-database.`,
    );
  });

  it('says a folder in the path is a file', async () => {
    const file = join(dir, 'bestand');
    await writeFile(file, 'tekst');
    const path = join(file, 'mdd.sqlite');
    await expect(openStore(path)).rejects.toThrow(
      `De database ${path} kan niet worden geopend: een deel van het pad is een bestand, geen map.`,
    );
  });
});

describe('openStore on a database of a newer mdd', () => {
  it('says so, instead of "corrupted migrations"', async () => {
    const { location, remove } = await freshLocation();
    try {
      const store = await openStore(location);
      await sql`insert into kysely_migration (name, timestamp) values ('999-later', '2030-01-01')`.execute(
        store.db,
      );
      await store.close();
      const opening = openStore(location);
      await expect(opening).rejects.toBeInstanceOf(StoreError);
      await expect(opening).rejects.toThrow(
        `De database ${describeLocation(location)} is bijgewerkt door een nieuwere versie van ` +
          'mdd (migratie 999-later',
      );
    } finally {
      await remove();
    }
  });
});
