import { describe, expect, it } from 'vitest';
import { matchHeader, normaliseHeader } from '../../src/sources/header.ts';

describe('normaliseHeader', () => {
  it.each([
    ['gemeentecode', 'gemeentecode'],
    ['  GemeenteCode ', 'gemeentecode'],
    ['Datum ingang', 'datum_ingang'],
    ['datum  _ ingang', 'datum_ingang'],
    ['EINDE_ONDERSTEUNING', 'einde_ondersteuning'],
  ])('makes %j into %j', (text, name) => {
    expect(normaliseHeader(text)).toBe(name);
  });
});

describe('matchHeader', () => {
  const columns = [
    { name: 'gemeentecode', optional: false },
    { name: 'datum_ingang', optional: true },
    { name: 'status', optional: false },
  ];

  it('finds columns in any order and with loose spelling', () => {
    const match = matchHeader(['Status ', ' Datum Ingang', 'GEMEENTECODE'], columns);
    expect(Object.fromEntries(match.positions)).toEqual({
      status: 0,
      datum_ingang: 1,
      gemeentecode: 2,
    });
    expect(match).toMatchObject({ missing: [], extra: [], repeated: [] });
  });

  it('names extra columns, ignores unnamed ones and lets optional ones be absent', () => {
    const match = matchHeader(['gemeentecode', 'opmerking', '', 'status'], columns);
    expect(match.extra).toEqual(['opmerking']);
    expect(match.missing).toEqual([]);
    expect(match.positions.has('datum_ingang')).toBe(false);
  });

  it('names missing required columns and repeated ones', () => {
    const match = matchHeader(['gemeentecode', 'Gemeente code'], columns);
    expect(match.missing).toEqual(['status']);
    // A space is not an underscore boundary only: "Gemeente code" is not "gemeentecode".
    expect(match.extra).toEqual(['Gemeente code']);
    const repeated = matchHeader(['status', 'gemeentecode', 'STATUS'], columns);
    expect(repeated.repeated).toEqual([{ column: 'status', header: 'STATUS' }]);
  });
});
