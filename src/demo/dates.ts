/** Dates in the demo files: `d-m-yyyy` text in the files, ISO inside the generator. */
import type { IsoDate } from '../sources/tables.ts';

export function fromDutchDate(text: string): IsoDate {
  const [day = '', month = '', year = ''] = text.split('-');
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function toDutchDate(iso: IsoDate): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  return `${Number(day)}-${Number(month)}-${year}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `yyyymmdd` as the CBS register writes it. */
export function fromCompactDate(text: string): IsoDate {
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}
