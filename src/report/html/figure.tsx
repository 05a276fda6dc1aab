/**
 * One figure: its label, the municipality's value and the comparison in words, the rating
 * badge, the reason, and (where the 2017 monitor had one) a small bar chart. The chart is
 * never the only carrier: every number is in the text beside it. The SVG sits in an element
 * with role="img" and an accessible name inside the <figure>, so that the <figcaption> stays
 * readable (a figure that has a caption may not itself take role="img").
 */
import { raw } from 'hono/html';
import { comparisonBars, renderBarChartSvg } from '../charts.ts';
import type { ChangeDirection, Comparison, Figure, FigureChange } from '../model.ts';
import { ExplanationView } from './explanation.tsx';
import { RatingBadge } from './rating.tsx';
import { WithDates } from './with-dates.tsx';

function basisText(comparison: Comparison): string {
  if (comparison.basis === null || comparison.kind === 'national-count') return '';
  return ` (${comparison.basis} gemeenten)`;
}

function Values(props: { figure: Figure; municipality: string }) {
  const { figure, municipality } = props;
  const { comparison } = figure;
  return (
    <dl class="values">
      <div>
        <dt>{municipality}</dt>
        <dd>{figure.value.text}</dd>
      </div>
      {comparison ? (
        <div>
          <dt>
            {comparison.label}
            <span class="basis">{basisText(comparison)}</span>
          </dt>
          <dd>{comparison.measure.text}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The chart's accessible name: both values in words. */
export function chartLabel(figure: Figure, municipality: string): string {
  const comparison = figure.comparison;
  const parts = [`${municipality}: ${figure.value.text}`];
  if (comparison) parts.push(`${comparison.label}: ${comparison.measure.text}`);
  return `Staafdiagram ${figure.label}. ${parts.join('; ')}.`;
}

function Chart(props: { figure: Figure; municipality: string }) {
  const { figure, municipality } = props;
  const bars = comparisonBars(figure, municipality);
  if (bars.length === 0) return null;
  return (
    <figure class="chart">
      <div class="chart__image" role="img" aria-label={chartLabel(figure, municipality)}>
        {raw(renderBarChartSvg(bars))}
      </div>
      <figcaption>
        {figure.label}: {bars.map((bar) => `${bar.label} ${bar.text}`).join(', ')}
      </figcaption>
    </figure>
  );
}

/** Shapes beside the words; the words alone carry the meaning (no colour needed). */
const CHANGE_MARKS: Record<ChangeDirection, string> = {
  up: '▲',
  down: '▼',
  equal: '=',
  changed: '◆',
  none: '–',
};

/** The change since the previous quarter, and the note when the comparison's basis moved. */
function ChangeView(props: { change: FigureChange | null | undefined }) {
  const { change } = props;
  if (!change) return null;
  return (
    <>
      <p class={`change change--${change.direction}`}>
        <span class="change__mark" aria-hidden="true">
          {CHANGE_MARKS[change.direction]}
        </span>{' '}
        <WithDates text={change.text} />
      </p>
      {change.basisNote ? (
        <p class="basis-note">
          <WithDates text={change.basisNote} />
        </p>
      ) : null}
    </>
  );
}

export function FigureView(props: {
  figure: Figure;
  municipality: string;
  note?: string | undefined;
}) {
  const { figure, municipality, note } = props;
  return (
    <div class="figure-block">
      <h4>{figure.label}</h4>
      <div class="figure-block__body">
        <div class="figure-block__text">
          <Values figure={figure} municipality={municipality} />
          <ChangeView change={figure.change} />
          {figure.rating ? (
            <p class="rating-line">
              <span>Beoordeling:</span>
              <RatingBadge rating={figure.rating} />
            </p>
          ) : null}
          {figure.reason ? <p class="reason">{figure.reason}</p> : null}
          <ExplanationView explanation={figure.explanation} />
        </div>
        <Chart figure={figure} municipality={municipality} />
      </div>
      {note ? <p class="figure-note">{note}</p> : null}
    </div>
  );
}
