/**
 * A tile map of the Netherlands: one square per municipality, in a block per province placed
 * roughly where the province lies, alphabetical within the block. No package with municipal
 * boundaries could be had from the registries this project uses, so this is the honest
 * alternative: position is approximate (province level), every municipality gets the same
 * area, and a municipality whose province is not in the layout is listed, never dropped.
 */

export interface MapMunicipality {
  code: string;
  name: string;
  province: string;
}

/** Where a province's block starts and how many tiles wide it is, in tile units. */
interface ProvinceBlock {
  x: number;
  y: number;
  columns: number;
}

/** Rough geography: x grows eastwards, y southwards; one unit is one tile. */
const BLOCKS: Record<string, ProvinceBlock> = {
  Groningen: { x: 19, y: 1, columns: 6 },
  Fryslân: { x: 11, y: 2, columns: 6 },
  Drenthe: { x: 20, y: 7, columns: 4 },
  'Noord-Holland': { x: 4, y: 4, columns: 6 },
  Flevoland: { x: 12, y: 8, columns: 3 },
  Overijssel: { x: 18, y: 11, columns: 5 },
  Utrecht: { x: 11, y: 12, columns: 5 },
  'Zuid-Holland': { x: 2, y: 14, columns: 8 },
  Gelderland: { x: 17, y: 18, columns: 9 },
  Zeeland: { x: 0, y: 24, columns: 5 },
  'Noord-Brabant': { x: 6, y: 25, columns: 11 },
  Limburg: { x: 18, y: 26, columns: 4 },
};

/** Spellings older registers use for a province in the layout. */
const ALIASES: Record<string, string> = { Friesland: 'Fryslân' };

export interface PlacedTile {
  municipality: MapMunicipality;
  x: number;
  y: number;
}

export interface ProvinceFrame {
  province: string;
  x: number;
  y: number;
  columns: number;
  rows: number;
}

export interface TileLayout {
  tiles: PlacedTile[];
  provinces: ProvinceFrame[];
  /** Municipalities whose province the layout does not know. */
  unplaced: MapMunicipality[];
  /** Extent in tile units. */
  width: number;
  height: number;
}

const byName = (a: MapMunicipality, b: MapMunicipality) =>
  a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.code.localeCompare(b.code);

/** Places every municipality it can; the others come back in `unplaced`. */
export function layoutTiles(municipalities: MapMunicipality[]): TileLayout {
  const perProvince = new Map<string, MapMunicipality[]>();
  const unplaced: MapMunicipality[] = [];
  for (const m of municipalities) {
    const province = ALIASES[m.province] ?? m.province;
    if (!Object.hasOwn(BLOCKS, province)) {
      unplaced.push(m);
      continue;
    }
    const list = perProvince.get(province) ?? [];
    list.push(m);
    perProvince.set(province, list);
  }

  const tiles: PlacedTile[] = [];
  const provinces: ProvinceFrame[] = [];
  for (const [province, members] of perProvince) {
    const block = BLOCKS[province] as ProvinceBlock;
    members.sort(byName);
    members.forEach((municipality, index) => {
      const x = block.x + (index % block.columns);
      const y = block.y + Math.floor(index / block.columns);
      tiles.push({ municipality, x, y });
    });
    const rows = Math.ceil(members.length / block.columns);
    provinces.push({ province, x: block.x, y: block.y, columns: block.columns, rows });
  }
  const width = Math.max(0, ...provinces.map((p) => p.x + p.columns));
  const height = Math.max(0, ...provinces.map((p) => p.y + p.rows));
  return { tiles, provinces, unplaced: unplaced.sort(byName), width, height };
}
