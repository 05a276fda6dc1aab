/**
 * The committed demo history is exactly what the generator makes from the golden delivery and
 * the 2016 register with the default seed, and its register carries the merger of 1-1-2017 as
 * the reader and the engine understand it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, DEMO_PATHS, generateDemoHistory } from '../../src/demo/generate.ts';
import { isInRegister } from '../../src/engine/context.ts';
import { readTableFile } from '../../src/sources/read-table.ts';
import type { MunicipalityRow } from '../../src/sources/tables.ts';

const QUARTERS = ['2016Q1', '2016Q2', '2016Q3', '2016Q4', '2017Q2'];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdd-demo-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function generate(seed: number, outFolder: string) {
  return generateDemoHistory({
    seed,
    goldenFolder: DEMO_PATHS.golden,
    registerFile: DEMO_PATHS.register2016,
    outFolder,
  });
}

describe('mdd demo generate', () => {
  it('regenerates the committed quarters byte for byte with the default seed', async () => {
    const out = join(dir, 'default');
    const made = await generate(DEFAULT_DEMO_SEED, out);
    expect(made.map((q) => q.quarter)).toEqual(QUARTERS);
    for (const quarter of QUARTERS) {
      const committed = join(DEMO_PATHS.out, quarter);
      const files = (await readdir(committed)).sort();
      expect((await readdir(join(out, quarter))).sort()).toEqual(files);
      expect(files).toHaveLength(13);
      for (const file of files) {
        const fresh = await readFile(join(out, quarter, file));
        const stored = await readFile(join(committed, file));
        expect(fresh.equals(stored), `${quarter}/${file}`).toBe(true);
      }
    }
  }, 60_000);

  it('moves the invented data with another seed, but not the real register', async () => {
    const out = join(dir, 'other');
    await generate(7, out);
    const read = (root: string, file: string) => readFile(join(root, '2016Q1', file));
    const portfolio = await read(out, 'gemeente_pakketversies.csv');
    expect(portfolio.equals(await read(DEMO_PATHS.out, 'gemeente_pakketversies.csv'))).toBe(false);
    const register = await read(out, 'gemeenten.csv');
    expect(register.equals(await read(DEMO_PATHS.out, 'gemeenten.csv'))).toBe(true);
  }, 60_000);
});

describe('the 2016 register of the demo history', () => {
  let rows: MunicipalityRow[];

  beforeAll(async () => {
    const path = join(DEMO_PATHS.out, '2016Q4', 'gemeenten.csv');
    const result = await readTableFile(path, 'gemeenten', '2015-12-31');
    expect(result.issues).toEqual([]);
    rows = result.rows as MunicipalityRow[];
  });

  const at = (date: string) => rows.filter((row) => isInRegister(row, date)).map((r) => r.code);

  it('holds the 390 municipalities of 2016 during 2016, and Meierijstad from 1-1-2017', () => {
    expect(at('2016-01-23')).toHaveLength(390);
    expect(at('2016-12-31')).toHaveLength(390);
    expect(at('2016-12-31')).not.toContain('GM1948');
    expect(at('2017-01-01')).toContain('GM1948');
  });

  it('ends Schijndel, Sint-Oedenrode and Veghel on 31-12-2016 with Meierijstad as successor', () => {
    const merged = rows.filter((row) => row.successor !== null);
    expect(merged.map((row) => [row.code, row.name, row.endDate, row.successor])).toEqual([
      ['GM0844', 'Schijndel', '2016-12-31', 'GM1948'],
      ['GM0846', 'Sint-Oedenrode', '2016-12-31', 'GM1948'],
      ['GM0860', 'Veghel', '2016-12-31', 'GM1948'],
    ]);
    expect(at('2016-12-31')).toEqual(expect.arrayContaining(['GM0844', 'GM0846', 'GM0860']));
    expect(at('2017-01-01')).not.toContain('GM0860');
    const veghel = rows.find((row) => row.code === 'GM0860');
    expect(veghel?.emailDomains).toEqual(['veghel.nl']);
  });
});
