/** The rating's symbol and CSS modifier, as the team pages and the report use them. */
import type { Rating, TileGroupId } from '../../report/model.ts';

export const RATING_SYMBOLS: Record<Rating, string> = {
  ok: '✓',
  attention: '!',
  'not ok': '✗',
  'no data': '–',
};

/** CSS modifier per rating (a class name, never data). */
export const RATING_CLASSES: Record<Rating, string> = {
  ok: 'ok',
  attention: 'attention',
  'not ok': 'not-ok',
  'no data': 'no-data',
};

/** Titles of the summary's tile groups, as the report shows them. */
export const GROUP_TITLES: Record<TileGroupId, string> = {
  dienstverlening: '(Digitale) dienstverlening',
  informatievoorziening: 'Informatievoorziening',
  'landelijke-voorzieningen': 'Gebruik landelijke voorzieningen',
};
