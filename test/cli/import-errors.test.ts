/** `mdd import` of a file with more errors than are listed: the closing count stays true. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ISSUES_PER_FILE } from '../../src/sources/issues.ts';
import { freshLocation, type Location } from '../helpers/test-store.ts';
import { makeTempDir, removeDir } from '../store/helpers.ts';
import { runCli } from './run-cli.ts';

describe('mdd import with many errors', () => {
  let dir: string;
  let database: Location;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await makeTempDir('cli-errors');
    database = await freshLocation();
    env = { MDD_DATABASE: database.location };
  });

  afterAll(async () => {
    await database.remove();
    await removeDir(dir);
  });

  async function importPhones(name: string, rows: number): Promise<string> {
    const lines = Array.from(
      { length: rows },
      (_, i) => `GM${String(i + 1).padStart(4, '0')};kapot`,
    );
    const file = join(dir, name);
    await writeFile(file, ['gemeentecode;status', ...lines, ''].join('\n'));
    const run = await runCli(['import', file, '--table', 'telefonie14', '--date', '1-1-2017'], env);
    expect(run.code).toBe(1);
    return run.stderr;
  }

  it('does not count the "nog N meldingen" line as an error, and says more were found', async () => {
    const stderr = await importPhones('many.csv', MAX_ISSUES_PER_FILE + 30);
    expect(stderr).toContain('nog 30 meldingen');
    expect(stderr).toContain(
      `: ${MAX_ISSUES_PER_FILE} fouten getoond, en meer die niet getoond zijn.`,
    );
  });

  it('counts a short list exactly', async () => {
    const stderr = await importPhones('few.csv', 2);
    expect(stderr).toMatch(/Niets opgeslagen uit .*few\.csv: 2 fouten\.$/m);
  });
});
