/**
 * A rating as a badge: a shaped symbol, a colour and the Dutch label, so that colour is never
 * the only carrier of the rating (the symbol and the words work in grey print too).
 */
import { RATINGS, type Rating } from '../model.ts';

export const RATING_LABELS: Record<Rating, string> = {
  ok: 'In orde',
  attention: 'Aandacht vereist',
  'not ok': '(Nog) niet in orde',
  'no data': 'Geen gegevens beschikbaar',
};

const RATING_SYMBOLS: Record<Rating, string> = {
  ok: '✓',
  attention: '!',
  'not ok': '✗',
  'no data': '–',
};

/** CSS modifier per rating (a class name, never data). */
const RATING_CLASSES: Record<Rating, string> = {
  ok: 'ok',
  attention: 'attention',
  'not ok': 'not-ok',
  'no data': 'no-data',
};

export function RatingBadge(props: { rating: Rating }) {
  const { rating } = props;
  return (
    <span class={`badge badge--${RATING_CLASSES[rating]}`}>
      <span class="badge__symbol" aria-hidden="true">
        {RATING_SYMBOLS[rating]}
      </span>
      <span class="badge__label">{RATING_LABELS[rating]}</span>
    </span>
  );
}

export function RatingLegend() {
  return (
    <div class="legend">
      <p class="legend__title">Legenda</p>
      <ul class="legend__list">
        {RATINGS.map((rating) => (
          <li>
            <RatingBadge rating={rating} />
          </li>
        ))}
      </ul>
    </div>
  );
}
