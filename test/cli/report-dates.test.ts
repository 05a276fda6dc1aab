/**
 * `mdd report --date` before some or all sources were delivered: the golden register has data
 * date 31-12-2016 and the software catalogue 23-1-2017.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshLocation, type Location } from '../helpers/test-store.ts';
import { makeTempDir, removeDir } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

describe('mdd report --date before the data', () => {
  let dir: string;
  let database: Location;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await makeTempDir('cli-dates');
    database = await freshLocation('golden');
    env = { MDD_DATABASE: database.location };
  });

  afterAll(async () => {
    await database.remove();
    await removeDir(dir);
  });

  it('names the missing register and its oldest date instead of calling a code unknown', async () => {
    const out = join(dir, 'early');
    const run = await runCli(
      ['report', 'GM0441', '--date', '1-1-2015', '--format', 'json', '--out', out],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('geen gemeentenregister (gemeenten)');
    expect(run.stderr).toContain('op of voor 1-1-2015');
    expect(run.stderr).toContain('peildatum 31-12-2016');
    expect(run.stderr).not.toContain('Onbekende gemeentecode');
    await expect(readdir(out)).rejects.toThrow();
  });

  it('fails --all too, instead of writing no reports and exiting 0', async () => {
    const out = join(dir, 'early-all');
    const run = await runCli(
      ['report', '--all', '--date', '2015-01-01', '--format', 'json', '--out', out],
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('geen gemeentenregister');
  });

  it('warns when a source has no import on or before the date, and still reports', async () => {
    const out = join(dir, 'before-catalogue');
    const run = await runCli(
      ['report', 'GM0441', '--date', '1-1-2017', '--format', 'json', '--out', out],
      env,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Let op: voor peildatum 1-1-2017 is er geen import van /m);
    for (const table of ['referentiecomponenten', 'gemeente_pakketversies', 'koppelingen']) {
      expect(run.stderr).toContain(table);
    }
    expect(run.stderr).not.toContain('telefonie14');
    expect(await readdir(out)).toEqual(['GM0441-2017-01-01.json']);
  });
});
