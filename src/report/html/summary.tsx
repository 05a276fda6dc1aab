/**
 * The summary: the 16 tiles in their three groups, each with its rating in words and symbol,
 * and the legend.
 */
import type { Report, Tile, TileGroup } from '../model.ts';
import { TileExplanationNote } from './explanation.tsx';
import { RatingBadge, RatingLegend } from './rating.tsx';
import { sectionAnchor } from './section.tsx';
import { SUMMARY_INTRO } from './texts.ts';

const TILE_CLASSES = { ok: 'ok', attention: 'attention', 'not ok': 'not-ok', 'no data': 'no-data' };

function TileView(props: { tile: Tile }) {
  const { tile } = props;
  return (
    <li class={`tile tile--${TILE_CLASSES[tile.rating]}`}>
      <a class="tile__label" href={`#${sectionAnchor(tile.section)}`}>
        {tile.label} <span class="tile__section">({tile.section})</span>
      </a>
      <RatingBadge rating={tile.rating} />
      {tile.reason ? <p class="tile__reason">{tile.reason}</p> : null}
      <TileExplanationNote tile={tile} />
    </li>
  );
}

function GroupView(props: { group: TileGroup }) {
  const { group } = props;
  const headingId = `h-groep-${group.id}`;
  return (
    <section class="tile-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{group.title}</h3>
      <ul class="tiles">
        {group.tiles.map((tile) => (
          <TileView tile={tile} />
        ))}
      </ul>
    </section>
  );
}

export function SummaryView(props: { report: Report }) {
  return (
    <section class="summary" id="samenvatting" aria-labelledby="h-samenvatting">
      <h2 id="h-samenvatting">Samenvatting</h2>
      <p>{SUMMARY_INTRO}</p>
      {props.report.summary.map((group) => (
        <GroupView group={group} />
      ))}
      <RatingLegend />
      <p>In bijlage 1 leest u per thema hoe de beoordeling tot stand komt.</p>
    </section>
  );
}
