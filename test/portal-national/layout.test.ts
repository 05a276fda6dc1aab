import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPoint } from '../../src/portal/national/quarters.ts';
import { coropRegionOf } from '../../src/portal/national/regions.ts';
import { layoutTiles, type MapMunicipality } from '../../src/portal/national/tile-map.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';

/** The golden register (2017: 388 municipalities in 12 provinces). */
function goldenRegister(): MapMunicipality[] {
  return readFileSync(join(GOLDEN_FOLDER, 'gemeenten.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [code = '', name = '', province = ''] = line.split(';');
      return { code, name, province };
    });
}

/** `extra` more municipalities in every province, as a register with more members would have. */
function grown(register: MapMunicipality[], extra: number): MapMunicipality[] {
  const provinces = [...new Set(register.map((m) => m.province))];
  const more = provinces.flatMap((province, p) =>
    Array.from({ length: extra }, (_, i) => ({
      code: `GM9${String(p).padStart(2, '0')}${i}`,
      name: `Extra ${province} ${i}`,
      province,
    })),
  );
  return [...register, ...more];
}

function overlaps(layout: ReturnType<typeof layoutTiles>): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const tile of layout.tiles) {
    const key = `${tile.x},${tile.y}`;
    const other = seen.get(key);
    if (other) clashes.push(`${other} and ${tile.municipality.code} at ${key}`);
    seen.set(key, tile.municipality.code);
  }
  return clashes;
}

describe('layoutTiles', () => {
  it('should place every municipality of the golden register once, none on top of another', () => {
    const register = goldenRegister();
    const layout = layoutTiles(register);
    expect(layout.unplaced).toEqual([]);
    expect(layout.tiles.map((t) => t.municipality.code).sort()).toEqual(
      register.map((m) => m.code).sort(),
    );
    expect(overlaps(layout)).toEqual([]);
    expect(layout.provinces).toHaveLength(12);
  });

  it('should keep the provinces apart when each has a few municipalities more (older registers)', () => {
    const layout = layoutTiles(grown(goldenRegister(), 3));
    expect(overlaps(layout)).toEqual([]);
  });

  it('should list a municipality of an unknown province instead of dropping it', () => {
    const layout = layoutTiles([
      { code: 'GM0441', name: 'Schagen', province: 'Noord-Holland' },
      { code: 'GM0080', name: 'Leeuwarden', province: 'Friesland' },
      { code: 'GM9001', name: 'Nergenshuizen', province: '' },
    ]);
    expect(layout.tiles.map((t) => t.municipality.code).sort()).toEqual(['GM0080', 'GM0441']);
    expect(layout.unplaced.map((m) => m.code)).toEqual(['GM9001']);
  });

  it('should place municipalities within their province roughly where they lie', () => {
    const layout = layoutTiles(goldenRegister());
    const at = (code: string) => {
      const tile = layout.tiles.find((t) => t.municipality.code === code);
      if (!tile) throw new Error(`${code} not on the map`);
      return tile;
    };
    // North above south: Den Helder above Amsterdam, Venlo above Maastricht.
    expect(at('GM0400').y).toBeLessThan(at('GM0363').y);
    expect(at('GM0983').y).toBeLessThan(at('GM0935').y);
    // West before east in the wide provinces: Bergen op Zoom and Eindhoven, Tiel and Winterswijk.
    expect(at('GM0748').x).toBeLessThan(at('GM0772').x);
    expect(at('GM0281').x).toBeLessThan(at('GM0294').x);
  });

  it('should know the region of every municipality of 2017 but the one split over two', () => {
    const without = goldenRegister().filter((m) => coropRegionOf(m.code) === undefined);
    expect(without.map((m) => m.name)).toEqual(['Haaren']);
  });

  it('should put municipalities without a region of their province last, alphabetically', () => {
    const layout = layoutTiles([
      { code: 'GM9002', name: 'Zuiderdorp', province: 'Noord-Holland' },
      { code: 'GM9001', name: 'Aadorp', province: 'Noord-Holland' },
      { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' },
      { code: 'GM0358', name: 'Aalsmeer', province: 'Noord-Holland' },
    ]);
    const order = [...layout.tiles]
      .sort((a, b) => a.y - b.y || a.x - b.x)
      .map((t) => t.municipality.name);
    expect(order).toEqual(['Aalsmeer', 'Amsterdam', 'Aadorp', 'Zuiderdorp']);
  });
});

describe('toPoint', () => {
  it('should name a quarter point by its calendar quarter, long and short', () => {
    const points = ['2016-12-31', '2017-03-31', '2017-04-01'].map(toPoint);
    expect(points.map((p) => [p.date, p.label, p.shortLabel])).toEqual([
      ['2016-12-31', '4e kwartaal 2016', 'K4 2016'],
      ['2017-03-31', '1e kwartaal 2017', 'K1 2017'],
      ['2017-04-01', '2e kwartaal 2017', 'K2 2017'],
    ]);
  });
});
