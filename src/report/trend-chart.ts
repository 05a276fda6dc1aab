/**
 * A section's trend as a small SVG line chart, written directly rather than through echarts:
 * a monitor has fourteen of them and echarts costs about 10 ms per chart here, which 388
 * monitors cannot afford (issue 6); these take well under a millisecond. Lines differ in
 * dash pattern and marker shape as well as colour, so they read without colour; the numbers
 * themselves are in the table beside the chart. Positions use `Measure.approx` (drawing only).
 */
import type { Trend, TrendSeries } from './model.ts';

const WIDTH = 340;
const HEIGHT = 150;
const PLOT = { left: 44, right: 30, top: 10, bottom: 30 };
const FONT = 'Liberation Sans, DejaVu Sans, sans-serif';

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

export interface LineStyle {
  colour: string;
  dash: string | null;
  marker: MarkerShape;
}

const MUNICIPALITY: LineStyle = { colour: '#1f4e79', dash: null, marker: 'circle' };
const COMPARISON: LineStyle = { colour: '#5c5c5c', dash: '6 4', marker: 'square' };
const PREDECESSORS: LineStyle[] = [
  { colour: '#9a4a00', dash: '2 3', marker: 'triangle' },
  { colour: '#3d6b1f', dash: '8 3 2 3', marker: 'diamond' },
  { colour: '#6a3d8f', dash: '2 3', marker: 'diamond' },
  { colour: '#8f2a45', dash: '8 3 2 3', marker: 'triangle' },
];

/** The style of each series, in order (predecessors take turns through four styles). */
export function lineStyles(trend: Trend): LineStyle[] {
  let predecessor = 0;
  return trend.series.map((series) => {
    if (series.role === 'municipality') return MUNICIPALITY;
    if (series.role === 'comparison') return COMPARISON;
    return PREDECESSORS[predecessor++ % PREDECESSORS.length] as LineStyle;
  });
}

/** Whether a series has a number to draw (a yes/no series is only in the table). */
export function isDrawn(series: TrendSeries): boolean {
  return series.values.some((value) => value !== null && value.approx !== null);
}

/** `4e kw. 2016` for a date in October 2016. */
export function quarterLabel(date: string): string {
  const quarter = Math.ceil(Number(date.slice(5, 7)) / 3);
  return `${quarter}e kw. ${date.slice(0, 4)}`;
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= raw) ?? 10;
  return step * power;
}

function axisNumber(value: number, unit: string): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');
  return `${text}${unit}`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One marker as SVG, centred on (x, y). */
export function markerSvg(shape: MarkerShape, x: number, y: number, colour: string): string {
  const at = (dx: number, dy: number) => `${(x + dx).toFixed(1)} ${(y + dy).toFixed(1)}`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" fill="${colour}"/>`;
    case 'square':
      return `<rect x="${(x - 3.2).toFixed(1)}" y="${(y - 3.2).toFixed(1)}" width="6.4" height="6.4" fill="${colour}"/>`;
    case 'triangle':
      return `<path d="M${at(0, -4.5)}L${at(4.2, 3)}L${at(-4.2, 3)}Z" fill="${colour}"/>`;
    case 'diamond':
      return `<path d="M${at(0, -4.5)}L${at(4.5, 0)}L${at(0, 4.5)}L${at(-4.5, 0)}Z" fill="${colour}"/>`;
  }
}

function seriesSvg(
  values: (number | null)[],
  style: LineStyle,
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  let path = '';
  let pen = false;
  const markers: string[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value).toFixed(1)}`;
    pen = true;
    markers.push(markerSvg(style.marker, x(i), y(value), style.colour));
  });
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const line = path.includes('L')
    ? `<path d="${path}" fill="none" stroke="${style.colour}" stroke-width="2"${dash}/>`
    : '';
  return line + markers.join('');
}

/** The trend as an SVG string, or '' when no series has a number to draw. */
export function renderTrendSvg(trend: Trend): string {
  const styles = lineStyles(trend);
  const drawn = trend.series
    .map((series, i) => ({ series, style: styles[i] as LineStyle }))
    .filter(({ series }) => isDrawn(series));
  if (drawn.length === 0) return '';
  const numbers = drawn.map(({ series }) => series.values.map((v) => v?.approx ?? null));
  const unit = drawn.some(({ series }) => series.values.some((v) => v?.text.endsWith('%')))
    ? '%'
    : '';

  // Scale: from 0 to two nice steps above the highest value.
  const highest = Math.max(0, ...numbers.flat().filter((v): v is number => v !== null));
  const step = niceStep(highest > 0 ? highest / 2 : 0.5);
  const top = step * 2;
  const width = WIDTH - PLOT.left - PLOT.right;
  const height = HEIGHT - PLOT.top - PLOT.bottom;
  const count = trend.points.length;
  const x = (i: number) => PLOT.left + (count === 1 ? width / 2 : (i * width) / (count - 1));
  const y = (v: number) => PLOT.top + height - (v / top) * height;

  // Grid with the axis numbers, then the quarter labels (every k-th when there are many).
  const grid = [0, step, top]
    .map((tick) => {
      const at = y(tick).toFixed(1);
      return (
        `<line x1="${PLOT.left}" x2="${WIDTH - PLOT.right}" y1="${at}" y2="${at}" stroke="#d0d0d0"/>` +
        `<text x="${PLOT.left - 6}" y="${at}" dy="4" text-anchor="end">${axisNumber(tick, unit)}</text>`
      );
    })
    .join('');
  // Counted back from the last point, so the newest quarter is always labelled.
  const every = Math.ceil(count / 4);
  const labels = trend.points
    .map((point, i) =>
      (count - 1 - i) % every === 0
        ? `<text x="${x(i).toFixed(1)}" y="${HEIGHT - 10}" text-anchor="middle">${escapeXml(quarterLabel(point.date))}</text>`
        : '',
    )
    .join('');
  const lines = drawn.map(({ style }, i) => seriesSvg(numbers[i] ?? [], style, x, y)).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" ` +
    `viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false" font-family="${FONT}" font-size="10" fill="#1a1a1a">` +
    `${grid}${labels}${lines}</svg>`
  );
}
