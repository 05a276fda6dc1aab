/**
 * A tile map of the Netherlands: one square per municipality, in a block per province placed
 * roughly where the province lies; within the block by COROP region in a geographic order
 * (north to south, or west to east for the wide provinces), then alphabetical. No package with
 * municipal boundaries could be had from the registries this project uses, so this is the
 * honest alternative: position is approximate, every municipality gets the same area, and a
 * municipality whose province is not in the layout is listed, never dropped.
 */
import { coropRegionOf } from './regions.ts';

export interface MapMunicipality {
  code: string;
  name: string;
  province: string;
}

/**
 * Where a province's block starts and how many tiles wide it is, in tile units; whether its
 * tiles fill row by row (the order then runs north to south) or column by column (west to
 * east); and its COROP regions in that order.
 */
interface ProvinceBlock {
  x: number;
  y: number;
  columns: number;
  fill: 'rows' | 'columns';
  regions: string[];
}

/** Rough geography: x grows eastwards, y southwards; one unit is one tile. */
const BLOCKS: Record<string, ProvinceBlock> = {
  Groningen: { x: 19, y: 1, columns: 6, fill: 'columns', regions: ['CR03', 'CR02', 'CR01'] },
  Fryslân: { x: 11, y: 2, columns: 6, fill: 'rows', regions: ['CR04', 'CR05', 'CR06'] },
  Drenthe: { x: 20, y: 7, columns: 4, fill: 'rows', regions: ['CR07', 'CR09', 'CR08'] },
  'Noord-Holland': {
    x: 4,
    y: 4,
    columns: 6,
    fill: 'rows',
    regions: ['CR18', 'CR19', 'CR20', 'CR22', 'CR21', 'CR23', 'CR24'],
  },
  Flevoland: { x: 12, y: 8, columns: 3, fill: 'rows', regions: ['CR40'] },
  Overijssel: { x: 18, y: 11, columns: 5, fill: 'columns', regions: ['CR10', 'CR11', 'CR12'] },
  Utrecht: { x: 11, y: 12, columns: 5, fill: 'rows', regions: ['CR17'] },
  'Zuid-Holland': {
    x: 2,
    y: 14,
    columns: 8,
    fill: 'rows',
    regions: ['CR25', 'CR26', 'CR28', 'CR27', 'CR29', 'CR30'],
  },
  Gelderland: {
    x: 17,
    y: 18,
    columns: 9,
    fill: 'columns',
    regions: ['CR16', 'CR13', 'CR15', 'CR14'],
  },
  Zeeland: { x: 0, y: 24, columns: 5, fill: 'rows', regions: ['CR32', 'CR31'] },
  'Noord-Brabant': {
    x: 6,
    y: 25,
    columns: 11,
    fill: 'columns',
    regions: ['CR33', 'CR34', 'CR35', 'CR36'],
  },
  Limburg: { x: 18, y: 26, columns: 4, fill: 'rows', regions: ['CR37', 'CR38', 'CR39'] },
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

/** By the block's region order (a municipality without a known region last), then by name. */
function byRegion(block: ProvinceBlock) {
  const rank = (m: MapMunicipality) => {
    const index = block.regions.indexOf(coropRegionOf(m.code) ?? '');
    return index < 0 ? block.regions.length : index;
  };
  return (a: MapMunicipality, b: MapMunicipality) => rank(a) - rank(b) || byName(a, b);
}

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
    const rows = Math.ceil(members.length / block.columns);
    members.sort(byRegion(block));
    members.forEach((municipality, index) => {
      const [column, row] =
        block.fill === 'rows'
          ? [index % block.columns, Math.floor(index / block.columns)]
          : [Math.floor(index / rows), index % rows];
      tiles.push({ municipality, x: block.x + column, y: block.y + row });
    });
    provinces.push({ province, x: block.x, y: block.y, columns: block.columns, rows });
  }
  const width = Math.max(0, ...provinces.map((p) => p.x + p.columns));
  const height = Math.max(0, ...provinces.map((p) => p.y + p.rows));
  return { tiles, provinces, unplaced: unplaced.sort(byName), width, height };
}
