/**
 * The quarter points of the national overview: per calendar quarter the latest data date of
 * the software catalogue (`gemeente_pakketversies`), the table whose dates are the monitor's
 * reference dates. One point per quarter keeps the rows comparable when the catalogue was
 * imported several times within a quarter.
 */
import type { IsoDate } from '../../sources/tables.ts';
import type { Store } from '../../store/open.ts';
import { REFERENCE_TABLE } from '../reports.ts';

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
  const rows = await store.db
    .selectFrom('imports')
    .select('data_date')
    .distinct()
    .where('table_name', '=', REFERENCE_TABLE)
    .execute();
  return latestPerQuarter(rows.map((row) => row.data_date));
}

/** Keeps the latest date of each calendar quarter, oldest quarter first. */
export function latestPerQuarter(dates: IsoDate[]): QuarterPoint[] {
  const latest = new Map<string, IsoDate>();
  for (const date of dates) {
    const key = quarterOf(date);
    const known = latest.get(key);
    if (known === undefined || date > known) latest.set(key, date);
  }
  return [...latest.entries()]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([quarter, date]) => {
      const [year, number] = quarter.split('-');
      return {
        quarter,
        label: `${number}e kwartaal ${year}`,
        shortLabel: `K${number} ${year}`,
        date,
      };
    });
}

function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${Math.ceil(month / 3)}`;
}
