/** `mdd report --all | head`: the reader goes away early, the run still finishes quietly. */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshLocation, type Location } from '../helpers/test-store.ts';
import { makeTempDir, removeDir } from '../store/helpers.ts';

const BIN = new URL('../../bin/mdd.js', import.meta.url).pathname;

describe('mdd report with its output closed early', () => {
  let dir: string;
  let database: Location;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await makeTempDir('cli-pipe');
    database = await freshLocation('golden');
    env = { MDD_DATABASE: database.location };
  });

  afterAll(async () => {
    await database.remove();
    await removeDir(dir);
  });

  it('writes every report and exits 0 without a stack trace', async () => {
    const out = join(dir, 'all');
    const args = [BIN, 'report', '--all', '--format', 'json', '--out', out];
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Like `head -1`: read the first output, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
    expect(await readdir(out)).toHaveLength(388);
  });
});
