/** Which deliveries `mdd import` finds in its paths, and in which order it imports them. */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveImportTargets } from '../../src/cli/commands/import-targets.ts';
import { CliError } from '../../src/cli/errors.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdd-import-targets-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolveImportTargets', () => {
  it('orders the deliveries of several paths by their latest data date', async () => {
    const targets = await resolveImportTargets(['data/demo-history', 'data/golden-2017q1'], {});
    expect(Array.isArray(targets) && targets.map((t) => [t.folder, t.dataDate])).toEqual([
      ['data/demo-history/2016Q1', '2016-01-23'],
      ['data/demo-history/2016Q2', '2016-04-23'],
      ['data/demo-history/2016Q3', '2016-07-23'],
      ['data/demo-history/2016Q4', '2016-10-23'],
      ['data/golden-2017q1', '2017-01-23'],
      ['data/demo-history/2017Q2', '2017-04-23'],
    ]);
  });

  it('puts a delivery whose bronnen.csv has no readable date last, to report its errors', async () => {
    const folder = join(dir, 'mixed');
    await cp('data/demo-history/2017Q2', join(folder, 'b'), { recursive: true });
    await mkdir(join(folder, 'a'), { recursive: true });
    await writeFile(
      join(folder, 'a', 'bronnen.csv'),
      'bron;bestand;peildatum\ngemeenten;g.csv;morgen\n',
    );
    await mkdir(join(folder, 'c-no-delivery'));
    const targets = await resolveImportTargets([folder], {});
    expect(Array.isArray(targets) && targets.map((t) => [t.folder, t.dataDate])).toEqual([
      [join(folder, 'b'), '2017-04-23'],
      [join(folder, 'a'), null],
    ]);
  });

  it('takes one file only with --table and --date', async () => {
    const file = 'data/golden-2017q1/telefonie14.csv';
    const single = await resolveImportTargets([file], { table: 'telefonie14', date: '31-8-2016' });
    expect(single).toEqual({
      kind: 'file',
      path: file,
      table: 'telefonie14',
      dataDate: '2016-08-31',
    });
    await expect(
      resolveImportTargets([file, file], { table: 'telefonie14', date: '31-8-2016' }),
    ).rejects.toBeInstanceOf(CliError);
    await expect(
      resolveImportTargets([file, file], { table: 'telefonie14', date: '31-8-2016' }),
    ).rejects.toMatchObject({
      message: 'Met --table en --date hoort precies één los bestand.',
      exitCode: 2,
    });
    await expect(resolveImportTargets(['data/golden-2017q1', file], {})).rejects.toThrow(
      `Geef bij het losse bestand "${file}" ook --table <naam> en --date <peildatum> op.`,
    );
  });
});
