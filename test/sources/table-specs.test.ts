import { describe, expect, it } from 'vitest';
import {
  date,
  domainList,
  INVALID,
  idList,
  oneOf,
  optionalEmail,
  yesNo,
} from '../../src/sources/fields.ts';
import { TABLE_SPECS } from '../../src/sources/table-specs.ts';
import { TABLE_NAMES } from '../../src/sources/tables.ts';

describe('TABLE_SPECS', () => {
  it('has a spec for every table, under its own name', () => {
    expect(Object.keys(TABLE_SPECS).sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of TABLE_NAMES) expect(TABLE_SPECS[table].table).toBe(table);
  });

  it('lets every optional column be left out: its field accepts an empty cell', () => {
    const optional = TABLE_NAMES.flatMap((table) =>
      Object.values(TABLE_SPECS[table].columns)
        .filter((c) => c.optional)
        .map((c) => [table, c.column, c.field.parse(null)]),
    );
    expect(optional).toEqual([
      ['gemeenten', 'datum_ingang', null],
      ['gemeenten', 'datum_einde', null],
      ['gemeenten', 'opvolger', null],
      ['gemeente_profielen', 'beheerder_email', null],
    ]);
  });

  it('uses the contract column names of pakketversies', () => {
    const columns = Object.values(TABLE_SPECS.pakketversies.columns).map((c) => c.column);
    expect(columns).toEqual([
      'pakketversie_id',
      'leverancier',
      'pakket',
      'versie',
      'einde_ondersteuning',
      'aanbod',
      'compliant_standaarden',
    ]);
    expect(TABLE_SPECS.pakketversies.columns.endOfSupport.field.parse('')).toBeNull();
  });
});

describe('fields', () => {
  it('oneOf matches case and spacing loosely and gives the canonical value', () => {
    const status = oneOf(['in productie', 'gepland']);
    expect(status.parse(' IN   Productie ')).toBe('in productie');
    expect(status.parse('productie')).toBe(INVALID);
    expect(status.parse(null)).toBe(INVALID);
  });

  it('splits id lists and domain lists on |', () => {
    expect(idList.parse(' S1 | S2 ||S1 ')).toEqual(['S1', 'S2']);
    expect(idList.parse(null)).toEqual([]);
    expect(domainList.parse('Schagen.NL|@schagen.org')).toEqual(['schagen.nl', 'schagen.org']);
    expect(domainList.parse('schagen')).toBe(INVALID);
    expect(domainList.parse(' | ')).toBe(INVALID);
  });

  it('reads yes/no from booleans and 1/0 numbers of XLSX cells', () => {
    expect(yesNo.parse(true)).toBe(true);
    expect(yesNo.parse(0)).toBe(false);
    expect(yesNo.parse(2)).toBe(INVALID);
  });

  it('reads dates from text, serial numbers and Date cells', () => {
    expect(date.parse('23-1-2017')).toBe('2017-01-23');
    expect(date.parse(42758)).toBe('2017-01-23');
    expect(date.parse(60)).toBe(INVALID);
    expect(date.parse(new Date(Date.UTC(2017, 0, 23, 13)))).toBe('2017-01-23');
    expect(date.parse(true)).toBe(INVALID);
  });

  it('checks the form of an e-mail address', () => {
    expect(optionalEmail.parse(' beheer@schagen.nl ')).toBe('beheer@schagen.nl');
    expect(optionalEmail.parse('')).toBeNull();
    expect(optionalEmail.parse('beheer at schagen')).toBe(INVALID);
  });
});
