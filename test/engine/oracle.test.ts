/**
 * An independent reading of the methodology, written naively from the raw rows, checked
 * against the engine for every municipality of the golden delivery (which holds
 * municipalities at every boundary: no account, no packages, 39/40/41 components,
 * 89/90/91 days).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/index.ts';
import { methodologyFor } from '../../src/methodology/index.ts';
import type { Report } from '../../src/report/model.ts';
import type { SourceTables } from '../../src/sources/tables.ts';
import { GOLDEN_DATE, readGoldenTables } from '../helpers/golden.ts';

let tables: SourceTables;
let reports: Report[];

beforeAll(async () => {
  ({ tables } = await readGoldenTables());
  const engine = createEngine({
    tables,
    imports: {},
    referenceDate: GOLDEN_DATE,
    methodology: methodologyFor(GOLDEN_DATE),
    help: [],
  });
  reports = engine.municipalities.map((m) => engine.report(m.code));
});

const IN_USE = ['in productie', 'uit te faseren'];

function naive(code: string) {
  const rows = tables.gemeente_pakketversies.filter((r) => r.municipality === code);
  const inUse = rows.filter((r) => IN_USE.includes(r.status));
  const filled = new Set(inUse.map((r) => r.referenceComponentId)).size;
  const planned = new Set(
    rows
      .filter((r) => r.status === 'gepland' || r.status === 'uit te faseren')
      .map((r) => r.packageVersionId),
  ).size;
  const couplings = tables.koppelingen.filter((k) => k.municipality === code);
  const profile = tables.gemeente_profielen.find((p) => p.municipality === code);
  const days =
    profile?.lastChange == null
      ? null
      : (Date.parse(GOLDEN_DATE) - Date.parse(profile.lastChange)) / 86_400_000;
  const account = profile?.account === true;
  const packages = new Set(rows.map((r) => r.packageVersionId)).size;
  const stars =
    !account || packages === 0
      ? 0
      : [
          filled >= 1,
          filled >= 41,
          planned >= 10,
          couplings.length >= 10,
          days !== null && days < 90,
        ].filter(Boolean).length;
  const perComponent = new Map<string, Set<string>>();
  for (const r of inUse) {
    perComponent.set(
      r.referenceComponentId,
      (perComponent.get(r.referenceComponentId) ?? new Set()).add(r.packageVersionId),
    );
  }
  const duplicates = [...perComponent.values()].filter((s) => s.size > 1).length;
  const expired = new Set(
    rows
      .filter((r) => r.status === 'in productie')
      .filter((r) => {
        const end = tables.pakketversies.find((v) => v.id === r.packageVersionId)?.endOfSupport;
        return end != null && end < GOLDEN_DATE;
      })
      .map((r) => r.packageVersionId),
  ).size;
  const recent = days !== null && days < 90;
  const use = !account
    ? 'not ok'
    : filled > 40 && recent
      ? 'ok'
      : filled > 40 || recent
        ? 'attention'
        : 'not ok';
  return { filled, stars, duplicates, expired, use, gated: filled < 40, days };
}

describe('every golden municipality against a naive reading of the methodology', () => {
  it('covers the boundaries the delivery was built for', () => {
    const facts = reports.map((r) => naive(r.municipality.code));
    for (const n of [0, 39, 40, 41])
      expect(
        facts.some((f) => f.filled === n),
        `${n}`,
      ).toBe(true);
    for (const d of [89, 90, 91])
      expect(
        facts.some((f) => f.days === d),
        `${d} days`,
      ).toBe(true);
  });

  it('agrees on stars, 2.1, the gate, duplicates and packages to replace', () => {
    for (const report of reports) {
      const want = naive(report.municipality.code);
      const tiles = new Map(report.summary.flatMap((g) => g.tiles).map((t) => [t.id, t]));
      const figures = new Map(report.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
      const got = {
        stars: report.stars.stars,
        use: tiles.get('gebruik_vulling')?.rating,
        gated: tiles.get('dubbele_functionaliteit')?.rating === 'no data',
        duplicates: Number(figures.get('dubbele_functionaliteit')?.value.text),
        expired: Number(figures.get('te_vervangen')?.value.text),
      };
      expect([report.municipality.code, got]).toEqual([
        report.municipality.code,
        {
          stars: want.stars,
          use: want.use,
          gated: want.gated,
          duplicates: want.duplicates,
          expired: want.expired,
        },
      ]);
    }
  });

  it('puts each municipality in a peer group of exactly the municipalities with its stars', () => {
    const sizes = new Map<number, number>();
    for (const r of reports) sizes.set(r.stars.stars, (sizes.get(r.stars.stars) ?? 0) + 1);
    for (const r of reports) expect(r.peerGroup.size).toBe(sizes.get(r.stars.stars));
  });
});
