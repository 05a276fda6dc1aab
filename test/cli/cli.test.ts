import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshLocation, type Location } from '../helpers/test-store.ts';
import {
  copyGoldenDelivery,
  GOLDEN_DELIVERY,
  makeTempDir,
  removeDir,
  replaceCell,
} from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

describe('mdd --help', () => {
  it.each([[[]], [['import']], [['report']]])(
    'should explain %j in Dutch and exit 0',
    async (command) => {
      const run = await runCli([...command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Gebruik: mdd');
      expect(run.stdout).toContain('Opties:');
    },
  );

  it('should reject an unknown option with exit code 2', async () => {
    const run = await runCli(['import', 'x', '--tabel', 'gemeenten']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Onbekende optie --tabel');
  });
});

describe('mdd import and report', () => {
  let dir: string;
  let database: Location;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await makeTempDir('cli');
    database = await freshLocation();
    env = { MDD_DATABASE: database.location };
  });

  afterAll(async () => {
    await database.remove();
    await removeDir(dir);
  });

  it('should refuse to report from an empty store', async () => {
    const run = await runCli(['report', 'GM0441', '--format', 'json', '--out', dir], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is leeg');
    expect(run.stderr).toContain('mdd import');
  });

  it('should refuse a broken delivery, naming file:row:column, and store nothing', async () => {
    const broken = await copyGoldenDelivery(join(dir, 'broken'));
    await replaceCell(join(broken, 'gemeente_profielen.csv'), 5, 'laatste_wijziging', '31-2-2017');
    await replaceCell(join(broken, 'telefonie14.csv'), 3, 'gemeentecode', 'GM9999');

    const run = await runCli(['import', broken], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^gemeente_profielen\.csv:5:laatste_wijziging: fout: /m);
    expect(run.stderr).toMatch(/^telefonie14\.csv:3:gemeentecode: fout: .*GM9999/m);
    expect(run.stderr).toContain('Niets opgeslagen');

    const after = await runCli(['report', 'GM0441', '--format', 'json', '--out', dir], env);
    expect(after.stderr).toContain('is leeg');
  });

  it('should import the golden delivery, then recognise it', async () => {
    const first = await runCli(['import', GOLDEN_DELIVERY], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/5\/12 gemeente_pakketversies: 30\.610 rijen/);
    expect(first.stdout).toMatch(/gemeente_pakketversies +23-1-2017 +30\.610 +nieuw/);
    expect(first.stdout.match(/ nieuw$/gm)).toHaveLength(12);

    const second = await runCli(['import', GOLDEN_DELIVERY], env);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/ al aanwezig$/gm)).toHaveLength(12);
  });

  it('should import one file with --table and --date', async () => {
    const file = join(GOLDEN_DELIVERY, 'telefonie14.csv');
    const run = await runCli(['import', file, '--table', 'telefonie14', '--date', '1-9-2016'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/telefonie14 +1-9-2016 +386 +nieuw/);

    const missing = await runCli(['import', file], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--table');
  });

  it('should write a JSON report for GM0441', async () => {
    const out = join(dir, 'out');
    const run = await runCli(['report', 'GM0441', '--format', 'json', '--out', out], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const path = join(out, 'GM0441-2017-01-23.json');
    expect(run.stdout).toContain(path);
    const report = JSON.parse(await readFile(path, 'utf8'));
    expect(report.municipality.code).toBe('GM0441');
    expect(report.referenceDate).toBe('2017-01-23');
  });

  it('should write HTML and PDF by default', async () => {
    const out = join(dir, 'default');
    const run = await runCli(['report', '441', '--out', out], env);
    expect(run.code).toBe(0);
    const html = await readFile(join(out, 'GM0441-2017-01-23.html'), 'utf8');
    expect(html).toContain('Schagen');
    const pdf = await readFile(join(out, 'GM0441-2017-01-23.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('should report every municipality with --all, one progress line each', async () => {
    const out = join(dir, 'all');
    const run = await runCli(['report', '--all', '--format', 'json', '--out', out], env);
    expect(run.code).toBe(0);
    // In code order in-process; on PostgreSQL in the order the queue's workers finish them.
    expect(run.stdout).toMatch(/^\d+\/388 GM0003 Appingedam: \S+GM0003-2017-01-23\.json$/m);
    expect(run.stdout.match(/^\d+\/388 GM\d{4} /gm)).toHaveLength(388);
    expect(run.stdout).toMatch(/^388\/388 GM\d{4} /m);
    expect(await readdir(out)).toHaveLength(388);
  });

  it('should refuse an unknown municipality code in Dutch, producing nothing', async () => {
    const out = join(dir, 'unknown');
    const run = await runCli(['report', 'GM0441', 'GM9999', '--format', 'json', '--out', out], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Onbekende gemeentecode GM9999');
    await expect(readFile(join(out, 'GM0441-2017-01-23.json'))).rejects.toThrow();
  });
});
