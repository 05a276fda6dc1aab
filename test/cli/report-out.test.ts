/** `mdd report --out` somewhere it cannot write: a Dutch reason, not Node's English error. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshLocation, type Location } from '../helpers/test-store.ts';
import { makeTempDir, removeDir } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

describe('mdd report --out that cannot be written', () => {
  let dir: string;
  let database: Location;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await makeTempDir('cli-out');
    database = await freshLocation('golden');
    env = { MDD_DATABASE: database.location };
  });

  afterAll(async () => {
    await database.remove();
    await removeDir(dir);
  });

  it.each([
    ['a file', (file: string) => file, 'er staat al een bestand met die naam'],
    ['a folder inside a file', (file: string) => join(file, 'sub'), 'is een bestand, geen map'],
  ])('names the folder and the reason when --out is %s', async (_, outOf, reason) => {
    const file = join(dir, `bestand-${reason.length}.txt`);
    await writeFile(file, 'geen map');
    const out = outOf(file);
    const run = await runCli(['report', 'GM0441', '--format', 'json', '--out', out], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Kan niet schrijven naar "${out}": `);
    expect(run.stderr).toContain(reason);
    expect(run.stderr).not.toMatch(/EEXIST|ENOTDIR|mkdir/);
  });
});
