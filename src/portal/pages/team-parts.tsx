/**
 * Pieces the team pages share: their stylesheet, a rating cell that carries the rating by
 * shape and words (never colour alone), its legend, and Dutch date-time text.
 */

import { RATING_LABELS } from '../../report/html/rating.tsx';
import { RATINGS, type Rating } from '../../report/model.ts';

/** A stylesheet link in the body: allowed by HTML and the CSP, and it leaves the layout alone. */
export function TeamStyles() {
  return <link rel="stylesheet" href="/static/team.css" />;
}

const SYMBOLS: Record<Rating, string> = {
  ok: '✓',
  attention: '!',
  'not ok': '✗',
  'no data': '–',
};

const CLASSES: Record<Rating, string> = {
  ok: 'ok',
  attention: 'attention',
  'not ok': 'not-ok',
  'no data': 'no-data',
};

/** The symbol on its colour, with the Dutch label for screen readers and as a tooltip. */
export function RatingMark(props: { rating: Rating; showLabel?: boolean }) {
  const { rating } = props;
  return (
    <span class={`rating rating--${CLASSES[rating]}`} title={RATING_LABELS[rating]}>
      <span class="rating__symbol" aria-hidden="true">
        {SYMBOLS[rating]}
      </span>{' '}
      <span class={props.showLabel ? undefined : 'visually-hidden'}>{RATING_LABELS[rating]}</span>
    </span>
  );
}

/**
 * A table cell with the same symbol and words in short markup: the overview has over six
 * thousand of them.
 */
export function RatingCell(props: { rating: Rating }) {
  const { rating } = props;
  return (
    <td class={`rc rc--${CLASSES[rating]}`}>
      <span aria-hidden="true">{SYMBOLS[rating]}</span>
      <span class="visually-hidden">{RATING_LABELS[rating]}</span>
    </td>
  );
}

export function RatingKey() {
  return (
    <ul class="legend-list" aria-label="Legenda van de beoordelingen">
      {RATINGS.map((rating) => (
        <li>
          <RatingMark rating={rating} showLabel />
        </li>
      ))}
    </ul>
  );
}

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `23-1-2017 14:05`, Dutch time: how the audit log and the import history show moments. */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: string) => MOMENT.formatToParts(date).find((p) => p.type === type)?.value;
  return `${part('day')}-${part('month')}-${part('year')} ${part('hour')}:${part('minute')}`;
}
