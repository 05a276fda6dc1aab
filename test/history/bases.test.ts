import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine/index.ts';
import { methodologyFor } from '../../src/methodology/index.ts';
import { GOLDEN_DATE, readGoldenTables } from '../helpers/golden.ts';

let engine: Engine;

beforeAll(async () => {
  const { tables, imports } = await readGoldenTables();
  const methodology = methodologyFor(GOLDEN_DATE);
  engine = createEngine({ tables, imports, referenceDate: GOLDEN_DATE, methodology, help: [] });
});

describe('the municipalities behind a comparison (engine.basisMembers)', () => {
  it('are as many as the basis the report shows, for every figure of several monitors', () => {
    for (const code of ['GM0441', 'GM0003', 'GM0363', 'GM1680']) {
      const figures = engine.report(code).sections.flatMap((s) => s.figures);
      for (const figure of figures) {
        const members = engine.basisMembers(code, figure);
        expect([figure.id, members?.size ?? null]).toEqual([
          figure.id,
          figure.comparison?.basis ?? null,
        ]);
      }
    }
  });

  it('are the peer group for a peer mean: Schagen is among the 95 municipalities with 4 stars', () => {
    const figure = engine
      .report('GM0441')
      .sections.flatMap((s) => s.figures)
      .find((f) => f.id === 'standaarden');
    if (!figure) throw new Error('no 2.4 figure');
    const members = engine.basisMembers('GM0441', figure);
    expect(members?.size).toBe(95);
    expect(members?.has('GM0441')).toBe(true);
  });
});
