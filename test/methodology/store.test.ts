import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methodologies, UnknownMethodologyError } from '../../src/methodology/index.ts';
import {
  methodologyInForce,
  storedMethodologyVersions,
  syncMethodologyVersions,
} from '../../src/methodology/store.ts';
import { methodology114 } from '../../src/methodology/v1-14.ts';
import { methodology115 } from '../../src/methodology/v1-15.ts';
import { StoreError } from '../../src/store/errors.ts';
import { openStore } from '../../src/store/open.ts';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';

let test: TestStore;

beforeEach(async () => {
  test = await openTestStore();
});

afterEach(async () => {
  await test.close();
});

describe('methodology versions in the store', () => {
  it('holds the whole history after opening, rules only for the versions kept in code', async () => {
    const stored = await storedMethodologyVersions(test.store);
    expect(stored.map((v) => v.version)).toEqual([
      '1.0',
      '1.1',
      '1.11',
      '1.12',
      '1.13',
      '1.14',
      '1.15',
    ]);
    const withRules = stored.filter((v) => v.rules !== null).map((v) => v.version);
    expect(withRules).toEqual(methodologies.map((m) => m.version));
    const v115 = stored.find((v) => v.version === '1.15');
    expect(v115?.effectiveFrom).toBe('2017-04-01');
    expect(v115?.changes.join(' ')).toContain('meer dan 45');
    expect(v115?.enteredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('gives the version in force at a reference date, read back from the store', async () => {
    const atGolden = await methodologyInForce(test.store, '2017-01-23');
    expect(atGolden.version).toBe('1.14');
    expect(atGolden).toEqual(methodology114);
    expect((await methodologyInForce(test.store, '2017-03-31')).version).toBe('1.14');
    const atChange = await methodologyInForce(test.store, '2017-04-01');
    expect(atChange).toEqual(methodology115);
    expect(atChange.catalogue.use.componentsMoreThan).toBe(45);
    // Before the oldest kept version: the oldest kept version, as methodologyFor does.
    expect((await methodologyInForce(test.store, '2016-03-31')).version).toBe('1.14');
  });

  it('gives a chosen version whatever the date, and refuses one without rules', async () => {
    expect((await methodologyInForce(test.store, '2017-06-30', '1.14')).version).toBe('1.14');
    await expect(methodologyInForce(test.store, '2017-01-23', '1.13')).rejects.toThrow(
      new UnknownMethodologyError('Methodiekversie 1.13 is onbekend; beschikbaar: 1.14, 1.15.'),
    );
  });

  it('keeps the first entry date when the store is opened again', async () => {
    const before = await storedMethodologyVersions(test.store);
    await syncMethodologyVersions(test.store.db, new Date('2030-01-01T00:00:00Z'));
    const after = await storedMethodologyVersions(test.store);
    expect(after).toEqual(before);
  });

  it('enters a version missing from the store with the day of opening', async () => {
    await test.store.db.deleteFrom('methodology_versions').where('version', '=', '1.15').execute();
    await syncMethodologyVersions(test.store.db, new Date('2017-03-15T08:00:00Z'));
    const stored = await storedMethodologyVersions(test.store);
    expect(stored.find((v) => v.version === '1.15')?.enteredAt).toBe('2017-03-15T08:00:00.000Z');
    expect(stored.find((v) => v.version === '1.14')?.enteredAt).not.toBe(
      '2017-03-15T08:00:00.000Z',
    );
  });

  it('accepts the same rules written with another key order', async () => {
    const reordered = JSON.stringify({ ...methodology114, version: '1.14' }, null, 2);
    await setStoredRules('1.14', reordered);
    await expect(syncMethodologyVersions(test.store.db)).resolves.toBeUndefined();
  });

  it('refuses to open a store whose version has other rules than the code, in Dutch', async () => {
    const changed = {
      ...methodology114,
      catalogue: { ...methodology114.catalogue, gateFewerThan: 30 },
    };
    await setStoredRules('1.14', JSON.stringify(changed));
    // A second opening of the same store, as the next `mdd` command would do.
    const opening = openStore(test.location);
    await expect(opening).rejects.toBeInstanceOf(StoreError);
    await expect(opening).rejects.toThrow(
      /Methodiekversie 1\.14 staat in de database met andere regels .* nieuw versienummer\./,
    );
  });
});

async function setStoredRules(version: string, rules: string): Promise<void> {
  await test.store.db
    .updateTable('methodology_versions')
    .set({ rules })
    .where('version', '=', version)
    .execute();
}
