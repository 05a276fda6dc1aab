/**
 * Quarters: `2017Q1` on the command line, the first working day of a quarter for the
 * schedule, and the rule that picks a quarter's reference date from the store.
 */
import { formatShortDate } from '../report/format.ts';
import type { IsoDate } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';

export interface Quarter {
  year: number;
  /** 1 to 4. */
  number: number;
  /** `2017Q1`. */
  label: string;
  first: IsoDate;
  last: IsoDate;
}

export class DeliveryError extends Error {
  override name = 'DeliveryError';
}

/**
 * The table whose data dates are reference dates: the software catalogue. The rule (a
 * setting in code, documented in the README): a quarter's reference date is the latest data
 * date of this table within the quarter, first to last day inclusive.
 */
export const QUARTER_REFERENCE_TABLE = 'gemeente_pakketversies';

export function parseQuarter(text: string): Quarter {
  const match = /^(\d{4})-?Q([1-4])$/i.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new DeliveryError(`Ongeldig kwartaal "${text}": schrijf het als 2017Q1.`);
  }
  return quarterOf(Number(match[1]), Number(match[2]));
}

export function quarterOf(year: number, number: number): Quarter {
  const firstMonth = (number - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, firstMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year,
    number,
    label: `${year}Q${number}`,
    first: `${year}-${pad(firstMonth)}-01`,
    last: `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}`,
  };
}

/** The quarter a date falls in. */
export function quarterContaining(date: IsoDate): Quarter {
  const [year, month] = date.split('-').map(Number);
  return quarterOf(year ?? 0, Math.floor(((month ?? 1) - 1) / 3) + 1);
}

/** The first Monday to Friday of the quarter (public holidays are not taken into account). */
export function firstWorkingDayOfQuarter(year: number, number: number): IsoDate {
  const day = new Date(`${quarterOf(year, number).first}T12:00:00Z`);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The quarter's reference date per the rule above; refused in Dutch when there is none. */
export async function quarterReferenceDate(store: Store, quarter: Quarter): Promise<IsoDate> {
  const rows = await store.db
    .selectFrom('imports')
    .select('data_date')
    .distinct()
    .where('table_name', '=', QUARTER_REFERENCE_TABLE)
    .orderBy('data_date', 'desc')
    .execute();
  const dates = rows.map((row) => row.data_date);
  const inQuarter = dates.find((date) => date >= quarter.first && date <= quarter.last);
  if (inQuarter) return inQuarter;
  const known =
    dates.length === 0
      ? 'De database bevat nog geen Softwarecatalogus (gemeente_pakketversies).'
      : `De Softwarecatalogus in de database heeft peildata ${dates.map(formatShortDate).join(', ')}.`;
  throw new DeliveryError(
    `Er is geen Softwarecatalogus met een peildatum in ${quarter.label} ` +
      `(${formatShortDate(quarter.first)} t/m ${formatShortDate(quarter.last)}). ${known} ` +
      'Er is niets gemaakt of verstuurd.',
  );
}
