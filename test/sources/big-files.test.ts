/**
 * Big files do not take the server down: a 100 MB file is refused before it is read, and the
 * largest file allowed is read within a known amount of memory. Each read runs in a child
 * process of its own so that its peak resident memory is its own.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_FILE_BYTES } from '../../src/sources/read-sheet.ts';
import { buildCorpusFile } from './corpus-build.ts';
import { useTempDir } from './helpers.ts';

const run = promisify(execFile);
const SCRIPT = new URL('./measure-read.ts', import.meta.url).pathname;
const tmp = useTempDir();

interface Measured {
  peakRssMb: number;
  rows: number;
  messages: string[];
}

async function measure(path: string): Promise<Measured> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', SCRIPT, path, 'gemeente_pakketversies', '2017-01-23'],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout) as Measured;
}

describe('big files', () => {
  it('refuses a 100 MB file in Dutch without reading it into memory', async () => {
    const path = await buildCorpusFile('hundred-megabytes', tmp.path(), 'groot.csv');
    const measured = await measure(path);
    expect(measured.messages).toEqual([
      'Bestand groot.csv kan niet gelezen worden: het is 100 MB groot en een bronbestand mag ' +
        'hoogstens 25 MB zijn; controleer of het goede bestand gekozen is.',
    ]);
    // Node with the readers loaded is about 100 MB; the file's 100 MB never come on top.
    expect(measured.peakRssMb).toBeLessThan(200);
  }, 60_000);

  it('reads a file just under the limit completely, within 800 MB', async () => {
    const path = join(tmp.path(), 'net-onder-de-grens.csv');
    await writeFile(path, portfolio(MAX_SOURCE_FILE_BYTES - 100));
    const measured = await measure(path);
    expect(measured.messages).toEqual([]);
    expect(measured.rows).toBeGreaterThan(300_000);
    expect(measured.peakRssMb).toBeLessThan(800);
  }, 120_000);
});

/** A portfolio file of distinct rows, up to `bytes` long. */
function portfolio(bytes: number): Buffer {
  const parts = ['gemeentecode;pakketversie_id;status;technologie;referentiecomponent_id\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; ; i++) {
    const code = `GM${String((i % 9999) + 1).padStart(4, '0')}`;
    const line = `${code};PV${String(i).padStart(7, '0')};in productie;on-premise;RC001\n`;
    if (size + line.length > bytes) break;
    parts.push(line);
    size += line.length;
  }
  return Buffer.from(parts.join(''));
}
