/**
 * A methodology change between two quarters (issue 5): the same municipality at 2017Q1 and
 * 2017Q2, each rated by the version in force at its reference date as the store says.
 * GM0109 has 44 filled reference components and a recent change in both quarters: more than
 * 40 (1.14) but not more than 45 (1.15).
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.ts';
import { methodologyInForce } from '../../src/methodology/store.ts';
import type { Report } from '../../src/report/model.ts';
import { importDelivery } from '../../src/store/import.ts';
import type { Store } from '../../src/store/open.ts';
import { loadTablesAt } from '../../src/store/tables-at.ts';
import { runCli } from '../cli/run-cli.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';

const CODE = 'GM0109';
let test: TestStore;

beforeAll(async () => {
  test = await openGoldenTestStore();
  const outcome = await importDelivery(test.store, 'data/demo-history/2017Q2');
  expect(outcome.ok).toBe(true);
}, 120_000);

afterAll(async () => {
  await test?.close();
});

async function reportAt(store: Store, date: string, version?: string): Promise<Report> {
  const { tables, imports } = await loadTablesAt(store, date);
  const methodology = await methodologyInForce(store, date, version);
  return createEngine({ tables, imports, referenceDate: date, methodology, help: [] }).report(CODE);
}

function catalogueUse(report: Report) {
  const tile = report.summary.flatMap((group) => group.tiles).find((t) => t.section === '2.1');
  const figure = report.sections
    .find((section) => section.id === '2.1')
    ?.figures.find((f) => f.id === tile?.figureId);
  return { rating: tile?.rating, figure };
}

describe('a monitor before and after the methodology change of 1-4-2017', () => {
  it('rates 2017Q1 by 1.14: more than 40 components and a recent change is in order', async () => {
    const report = await reportAt(test.store, '2017-01-23');
    expect(report.methodology).toEqual({ version: '1.14', effectiveFrom: '2016-12-01' });
    expect(catalogueUse(report).rating).toBe('ok');
  });

  it('rates 2017Q2 by 1.15: the same 44 components now ask for attention', async () => {
    const report = await reportAt(test.store, '2017-04-23');
    expect(report.methodology).toEqual({ version: '1.15', effectiveFrom: '2017-04-01' });
    expect(catalogueUse(report).rating).toBe('attention');
    const versions = report.appendices.versions.map((v) => v.version);
    expect(versions.at(-1)).toBe('1.15');
    expect(versions).toContain('1.14');
    const rule = report.appendices.ratings.map((r) => JSON.stringify(r)).join(' ');
    expect(rule).toContain('Meer dan 45 referentiecomponenten');
  });

  it('rates 2017Q2 in order when 1.14 is chosen: the threshold made the difference', async () => {
    const report = await reportAt(test.store, '2017-04-23', '1.14');
    expect(report.methodology.version).toBe('1.14');
    expect(catalogueUse(report).rating).toBe('ok');
    const appendix = report.appendices.versions.map((v) => v.version);
    expect(appendix).not.toContain('1.15');
  });

  it('lets mdd report choose the version with --methodology, and refuses an unknown one', async () => {
    const out = await mkdtemp(join(tmpdir(), 'mdd-methodology-'));
    const common = ['report', CODE, '--date', '23-4-2017', '--format', 'json', '--out', out];
    const chosen = await runCli([...common, '--methodology', '1.14', '--database', test.location]);
    expect(chosen.stderr).toBe('');
    expect(chosen.stdout).toContain('methodiek 1.14');
    const file = join(out, `${CODE}-2017-04-23.json`);
    const report = JSON.parse(await readFile(file, 'utf8')) as Report;
    expect(report.methodology.version).toBe('1.14');
    expect(catalogueUse(report).rating).toBe('ok');

    const inForce = await runCli([...common, '--database', test.location]);
    expect(inForce.stdout).toContain('methodiek 1.15');
    expect(catalogueUse(JSON.parse(await readFile(file, 'utf8')) as Report).rating).toBe(
      'attention',
    );

    const unknown = await runCli([...common, '--methodology', '9.9', '--database', test.location]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      '--methodology: Methodiekversie 9.9 is onbekend; beschikbaar:',
    );
  }, 120_000);
});
