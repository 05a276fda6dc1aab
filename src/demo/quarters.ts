/**
 * The quarters of the demo history and the data date of every table in each. The pattern is
 * the golden delivery's (2017Q1): the catalogue exported on the 23rd of the quarter's first
 * month, monthly reports of the month before (peilingen, GGk) or two months before (national
 * facilities), the 14+ report of a quarter further back, and the yearly register and maturity
 * survey dated the last day of the previous year. Each date lies after the previous quarter's
 * catalogue date, or repeats the previous quarter's date with the same content (a source not
 * refreshed), so the store's "latest data date on or before" picks each quarter's own files,
 * and nothing of the demo history shadows a golden file at 23-1-2017.
 */
import type { IsoDate, TableName } from '../sources/tables.ts';

export type DemoQuarterId = '2016Q1' | '2016Q2' | '2016Q3' | '2016Q4' | '2017Q1' | '2017Q2';

export interface QuarterDates {
  id: DemoQuarterId;
  catalogue: IsoDate;
  register: IsoDate;
  maturity: IsoDate;
  surveys: IsoDate;
  phone14: IsoDate;
  facilities: IsoDate;
  dataHub: IsoDate;
}

/** Oldest first; 2017Q1 is the golden delivery itself and is never written by the generator. */
export const QUARTERS: readonly QuarterDates[] = [
  quarter(
    '2016Q1',
    '2016-01-23',
    '2015-12-31',
    '2015-12-31',
    '2015-11-30',
    '2015-11-30',
    '2015-12-31',
  ),
  quarter(
    '2016Q2',
    '2016-04-23',
    '2015-12-31',
    '2016-03-31',
    '2016-02-29',
    '2016-02-29',
    '2016-03-31',
  ),
  quarter(
    '2016Q3',
    '2016-07-23',
    '2015-12-31',
    '2016-06-30',
    '2016-05-31',
    '2016-05-31',
    '2016-06-30',
  ),
  quarter(
    '2016Q4',
    '2016-10-23',
    '2015-12-31',
    '2016-09-30',
    '2016-08-31',
    '2016-08-31',
    '2016-09-30',
  ),
  quarter(
    '2017Q1',
    '2017-01-23',
    '2016-12-31',
    '2016-12-31',
    '2016-08-31',
    '2016-11-30',
    '2016-12-31',
  ),
  quarter(
    '2017Q2',
    '2017-04-23',
    '2016-12-31',
    '2017-03-31',
    '2017-02-28',
    '2017-02-28',
    '2017-03-31',
  ),
];

export const GOLDEN_QUARTER: DemoQuarterId = '2017Q1';

function quarter(
  id: DemoQuarterId,
  catalogue: IsoDate,
  yearly: IsoDate,
  surveys: IsoDate,
  phone14: IsoDate,
  facilities: IsoDate,
  dataHub: IsoDate,
): QuarterDates {
  return {
    id,
    catalogue,
    register: yearly,
    maturity: yearly,
    surveys,
    phone14,
    facilities,
    dataHub,
  };
}

/** The data date of `table` in a quarter. */
export function dataDateOf(dates: QuarterDates, table: TableName): IsoDate {
  switch (table) {
    case 'gemeenten':
      return dates.register;
    case 'digitale_volwassenheid':
      return dates.maturity;
    case 'peilingen':
      return dates.surveys;
    case 'telefonie14':
      return dates.phone14;
    case 'landelijke_voorzieningen':
      return dates.facilities;
    case 'ggk':
      return dates.dataHub;
    default:
      return dates.catalogue;
  }
}

export function quarterDates(id: DemoQuarterId): QuarterDates {
  const found = QUARTERS.find((q) => q.id === id);
  if (!found) throw new Error(`unknown demo quarter ${id}`);
  return found;
}
