/**
 * The COROP region of each municipality code, to place municipalities within their province
 * roughly where they lie. Made once from CBS table 85067NED "Gebieden in Nederland 2022"
 * (CBS open data, CC BY 4.0) and the RvIG register of 2016-2019: a municipality that merged
 * before 2022 has the region of its successor. Haaren (GM0788), split over four municipalities
 * in two regions in 2021, has none and is placed after the regions of its province.
 */
import { readFileSync } from 'node:fs';

/** COROP code (`CR01`) → municipality codes; read once at start. */
const REGIONS = JSON.parse(
  readFileSync(new URL('./corop-regions.json', import.meta.url), 'utf8'),
) as Record<string, string[]>;

const regionByCode = new Map<string, string>(
  Object.entries(REGIONS).flatMap(([region, codes]) => codes.map((code) => [code, region])),
);

/** `GM0441` → `CR18` (Kop van Noord-Holland); undefined for a code the table does not know. */
export function coropRegionOf(code: string): string | undefined {
  return regionByCode.get(code);
}
