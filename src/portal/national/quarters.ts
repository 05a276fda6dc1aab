/**
 * The quarter points of the national overview, as the history finds them (`quarterDates`: per
 * calendar quarter the latest data date of the software catalogue), with Dutch labels.
 */
import { quarterDates, quarterOf } from '../../history/engines.ts';
import type { IsoDate } from '../../sources/tables.ts';
import type { Store } from '../../store/open.ts';

export interface QuarterPoint {
  /** `2017-1` style key: year and quarter number. */
  quarter: string;
  /** `1e kwartaal 2017`. */
  label: string;
  /** `K1 2017`, where room is short (under a bar). */
  shortLabel: string;
  date: IsoDate;
}

/** The quarter points, oldest first. */
export async function quarterPoints(store: Store): Promise<QuarterPoint[]> {
  return (await quarterDates(store)).map(toPoint);
}

/** A quarter point's labels: `2017-02-15` is `1e kwartaal 2017`, `K1 2017`. */
export function toPoint(date: IsoDate): QuarterPoint {
  const quarter = quarterOf(date);
  const [year, number] = quarter.split('-');
  return { quarter, label: `${number}e kwartaal ${year}`, shortLabel: `K${number} ${year}`, date };
}
