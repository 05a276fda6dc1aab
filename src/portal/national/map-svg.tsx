/**
 * The tile map as server-rendered SVG: each square carries its rating by colour and by a
 * symbol, and a `<title>` with the municipality's name, code and rating (a tooltip on hover).
 * The whole map is one image with a name and description; the table below the map gives the
 * same data to screen readers and keyboards.
 */
import { RATING_LABELS } from '../../report/html/rating.tsx';
import type { Rating } from '../../report/model.ts';
import { RATING_CLASSES, RATING_SYMBOLS } from './symbols.ts';
import type { TileLayout } from './tile-map.ts';

/** Pixels per tile unit; the SVG scales with its container through the viewBox. */
const UNIT = 22;
const TILE = 20;
/** Room above the first block for its province name, and beside the outer blocks. */
const TOP = 8;
const SIDE = 4;

export interface TileMapProps {
  layout: TileLayout;
  ratings: Map<string, Rating>;
  titleId: string;
  descriptionId: string;
  title: string;
  description: string;
}

export function TileMapSvg(props: TileMapProps) {
  const { layout, ratings } = props;
  const width = layout.width * UNIT + 2 * SIDE;
  const height = layout.height * UNIT + TOP;
  return (
    <svg
      class="tile-map"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={`${props.titleId} ${props.descriptionId}`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={props.titleId}>{props.title}</title>
      <desc id={props.descriptionId}>{props.description}</desc>
      {layout.provinces.map((p) => (
        <text class="tile-map__province" x={p.x * UNIT + SIDE} y={p.y * UNIT + TOP - 3}>
          {p.province}
        </text>
      ))}
      {layout.tiles.map(({ municipality, x, y }) => {
        const rating = ratings.get(municipality.code) ?? 'no data';
        return (
          <g class={`map-tile map-tile--${RATING_CLASSES[rating]}`}>
            <title>{`${municipality.name} (${municipality.code}): ${RATING_LABELS[rating]}`}</title>
            <rect x={x * UNIT + SIDE} y={y * UNIT + TOP + 1} width={TILE} height={TILE} rx="2" />
            <text x={x * UNIT + SIDE + TILE / 2} y={y * UNIT + TOP + 1 + TILE / 2} dy="0.35em">
              {RATING_SYMBOLS[rating]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One legend square, drawn like a map tile. */
export function LegendTile(props: { rating: Rating }) {
  const { rating } = props;
  return (
    <svg class="legend-tile" viewBox="0 0 22 22" width="22" height="22" aria-hidden="true">
      <g class={`map-tile map-tile--${RATING_CLASSES[rating]}`}>
        <rect x="1" y="1" width={TILE} height={TILE} rx="2" />
        <text x="11" y="11" dy="0.35em">
          {RATING_SYMBOLS[rating]}
        </text>
      </g>
    </svg>
  );
}
