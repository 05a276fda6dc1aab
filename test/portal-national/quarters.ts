/**
 * Extra quarters on top of the golden delivery (2017Q1, catalogue of 23-1-2017), made from
 * the golden files themselves: the same catalogue again later in Q1 (so Q1's point moves to
 * it), a Q2 catalogue without the rows of the municipalities in Groningen and Fryslân (so
 * their catalogue themes change), and a Q2 register with one municipality in a province the
 * tile map does not know.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importTableFile } from '../../src/store/import.ts';
import type { Store } from '../../src/store/open.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';

export const Q1_LATE = '2017-03-20';
export const Q2 = '2017-05-15';
export const Q2_REGISTER = '2017-04-30';
export const EXTRA = { code: 'GM1999', name: 'Proefeiland', province: 'Caribisch Nederland' };

export async function addQuarters(store: Store, dir: string): Promise<void> {
  const catalogue = await readFile(join(GOLDEN_FOLDER, 'gemeente_pakketversies.csv'), 'utf8');
  const lines = catalogue.split(/\r?\n/);
  const register = await readFile(join(GOLDEN_FOLDER, 'gemeenten.csv'), 'utf8');
  const northern = new Set(
    register
      .split(/\r?\n/)
      .map((line) => line.split(';'))
      .filter((cells) => cells[2] === 'Groningen' || cells[2] === 'Fryslân')
      .map((cells) => cells[0]),
  );
  const q2 = lines.filter((line, i) => i === 0 || !northern.has(line.split(';')[0]));
  await writeFile(join(dir, 'q2-catalogue.csv'), q2.join('\n'));
  await writeFile(
    join(dir, 'q2-register.csv'),
    `${register.trimEnd()}\n${EXTRA.code};${EXTRA.name};${EXTRA.province};proefeiland.nl\n`,
  );

  await must(
    importTableFile(
      store,
      join(GOLDEN_FOLDER, 'gemeente_pakketversies.csv'),
      'gemeente_pakketversies',
      Q1_LATE,
    ),
  );
  await must(importTableFile(store, join(dir, 'q2-register.csv'), 'gemeenten', Q2_REGISTER));
  await must(importTableFile(store, join(dir, 'q2-catalogue.csv'), 'gemeente_pakketversies', Q2));
}

async function must(outcome: ReturnType<typeof importTableFile>): Promise<void> {
  const result = await outcome;
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.issues.slice(0, 3))}`);
}
