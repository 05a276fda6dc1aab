/**
 * `mdd import` with several deliveries, `mdd demo generate` and `mdd methodology list`, run as
 * a user runs them.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { freshLocation, type Location } from '../helpers/test-store.ts';

let dir: string;
let database: Location;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdd-demo-cli-'));
  database = await freshLocation();
});

afterAll(async () => {
  await database?.remove();
  await rm(dir, { recursive: true, force: true });
});

describe('mdd import of several deliveries', () => {
  it('imports the golden delivery and the demo history oldest first in one command', async () => {
    const env = { MDD_DATABASE: database.location };
    const run = await runCli(['import', 'data/golden-2017q1', 'data/demo-history'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const order = run.stdout.split('\n').filter((line) => line.startsWith('Levering '));
    expect(order).toEqual([
      'Levering 1 van 6: data/demo-history/2016Q1 (peildatum 23-1-2016)',
      'Levering 2 van 6: data/demo-history/2016Q2 (peildatum 23-4-2016)',
      'Levering 3 van 6: data/demo-history/2016Q3 (peildatum 23-7-2016)',
      'Levering 4 van 6: data/demo-history/2016Q4 (peildatum 23-10-2016)',
      'Levering 5 van 6: data/golden-2017q1 (peildatum 23-1-2017)',
      'Levering 6 van 6: data/demo-history/2017Q2 (peildatum 23-4-2017)',
    ]);
    // The register of 2016 comes once; the 14+ report of 31-8-2016 is 2016Q4's and golden's.
    expect(run.stdout).toMatch(/telefonie14 +31-8-2016 +386 +al aanwezig/);
    expect(run.stdout).toContain('Alle 6 leveringen zijn opgeslagen.');

    const again = await runCli(['import', 'data/demo-history'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('nieuw');
  }, 300_000);

  it('stores the good deliveries of a folder and names the one that failed', async () => {
    const folder = join(dir, 'leveringen');
    await cp('data/demo-history/2017Q2', join(folder, 'b-2017Q2'), { recursive: true });
    await cp('data/demo-history/2016Q1', join(folder, 'a-2016Q1'), { recursive: true });
    await writeFile(
      join(folder, 'a-2016Q1', 'telefonie14.csv'),
      'gemeentecode;status\r\nGM9999;ja\r\n',
    );
    const empty = await freshLocation();
    try {
      const run = await runCli(['import', folder], { MDD_DATABASE: empty.location });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('Levering 1 van 2: ');
      expect(run.stderr).toContain('telefonie14.csv:2:');
      expect(run.stderr).toContain(
        `1 van 2 leveringen opgeslagen; niets opgeslagen uit ${join(folder, 'a-2016Q1')}.`,
      );
      expect(run.stdout).toContain(`Geïmporteerd uit ${join(folder, 'b-2017Q2')}:`);
    } finally {
      await empty.remove();
    }
  }, 120_000);

  it('says in Dutch when a folder holds no delivery at all', async () => {
    const run = await runCli(['import', dir], { MDD_DATABASE: database.location });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is geen levering: er staat geen bronnen.csv in');
  });
});

describe('mdd demo and mdd methodology', () => {
  it('lists the stored methodology versions with their dates', async () => {
    const run = await runCli(['methodology', 'list'], { MDD_DATABASE: database.location });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/versie +geldig vanaf +ingevoerd +regels/);
    expect(lines.at(-2)).toMatch(/1\.14 +1-12-2016 +\d+-\d+-\d{4} +ja/);
    expect(lines.at(-1)).toMatch(/1\.15 +1-4-2017 +\d+-\d+-\d{4} +ja/);
    expect(lines[1]).toMatch(/1\.0 +19-4-2016 .* alleen geschiedenis/);
  });

  it('refuses a seed that is no whole number', async () => {
    const run = await runCli(['demo', 'generate', '--seed', 'abc', '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--seed verwacht een geheel getal');
  });
});
