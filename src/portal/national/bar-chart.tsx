/**
 * A stacked bar chart in plain SVG: one bar per quarter point, one segment per rating, the
 * count written in every segment tall enough to hold it. Plain SVG with classes instead of
 * ECharts: sixteen small charts stay light, and the CSP needs no style hashes.
 */
import { RATING_LABELS } from '../../report/html/rating.tsx';
import { RATINGS } from '../../report/model.ts';
import type { RatingCounts } from './counts.ts';
import { RATING_CLASSES } from './symbols.ts';

export interface Bar {
  /** Under the bar, e.g. `K1 2017`. */
  label: string;
  counts: RatingCounts;
  total: number;
}

const HEIGHT = 150;
const BAR = 40;
const GAP = 18;
const LEFT = 34;
const BOTTOM = 22;
const TOP = 8;
/** A segment lower than this shows no number (the table has it). */
const MIN_LABEL_HEIGHT = 13;

export function StackedBars(props: { bars: Bar[]; label: string }) {
  const { bars } = props;
  const max = Math.max(1, ...bars.map((bar) => bar.total));
  const scale = (HEIGHT - TOP - BOTTOM) / max;
  const width = LEFT + bars.length * (BAR + GAP);
  const base = HEIGHT - BOTTOM;
  return (
    <svg
      class="bar-chart"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={props.label}
      xmlns="http://www.w3.org/2000/svg"
    >
      <line class="bar-chart__axis" x1={LEFT - 4} y1={base} x2={width} y2={base} />
      <text class="bar-chart__tick" x={LEFT - 8} y={base} dy="0.35em">
        0
      </text>
      <text class="bar-chart__tick" x={LEFT - 8} y={base - max * scale} dy="0.35em">
        {String(max)}
      </text>
      {bars.map((bar, index) => {
        const x = LEFT + index * (BAR + GAP) + GAP / 2;
        let top = base;
        return (
          <g>
            {RATINGS.map((rating) => {
              const count = bar.counts[rating];
              if (count === 0) return null;
              const h = count * scale;
              top -= h;
              return (
                <g class={`bar bar--${RATING_CLASSES[rating]}`}>
                  <title>{`${bar.label}: ${RATING_LABELS[rating]} ${count}`}</title>
                  <rect x={x} y={top} width={BAR} height={h} />
                  {h >= MIN_LABEL_HEIGHT ? (
                    <text x={x + BAR / 2} y={top + h / 2} dy="0.35em">
                      {String(count)}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text class="bar-chart__label" x={x + BAR / 2} y={base + 15}>
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
