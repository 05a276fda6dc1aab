/**
 * Quarters: parsing, the first working day for the schedule, the reference-date rule, and the
 * dry run that writes and sends nothing.
 */
import { describe, expect, it } from 'vitest';
import { listArchived } from '../../src/delivery/archive.ts';
import { planQuarter } from '../../src/delivery/dry-run.ts';
import {
  firstWorkingDayOfQuarter,
  parseQuarter,
  quarterContaining,
  quarterReferenceDate,
} from '../../src/delivery/quarter.ts';
import {
  addSubscriber,
  clearOptOut,
  listSubscribers,
  unsubscribe,
} from '../../src/delivery/subscribers.ts';
import { openGoldenTestStore } from '../helpers/test-store.ts';

describe('quarters', () => {
  it('parses 2017Q1 into its first and last day, and refuses other text in Dutch', () => {
    expect(parseQuarter('2017Q1')).toMatchObject({ first: '2017-01-01', last: '2017-03-31' });
    expect(parseQuarter('2016q4')).toMatchObject({ label: '2016Q4', last: '2016-12-31' });
    expect(parseQuarter('2020Q1').last).toBe('2020-03-31');
    expect(() => parseQuarter('2017Q5')).toThrow(
      'Ongeldig kwartaal "2017Q5": schrijf het als 2017Q1.',
    );
    expect(quarterContaining('2017-08-15').label).toBe('2017Q3');
  });

  it('finds the first Monday to Friday of a quarter', () => {
    expect(firstWorkingDayOfQuarter(2017, 1)).toBe('2017-01-02'); // 1 January is a Sunday
    expect(firstWorkingDayOfQuarter(2017, 2)).toBe('2017-04-03'); // 1 April is a Saturday
    expect(firstWorkingDayOfQuarter(2017, 3)).toBe('2017-07-03');
    expect(firstWorkingDayOfQuarter(2017, 4)).toBe('2017-10-02');
    expect(firstWorkingDayOfQuarter(2018, 1)).toBe('2018-01-01'); // a Monday
  });
});

describe('the quarter reference date and the dry run', () => {
  it('takes the latest catalogue date in the quarter, and names the stored dates otherwise', async () => {
    const test = await openGoldenTestStore();
    try {
      expect(await quarterReferenceDate(test.store, parseQuarter('2017Q1'))).toBe('2017-01-23');
      await expect(quarterReferenceDate(test.store, parseQuarter('2016Q4'))).rejects.toThrow(
        'Er is geen Softwarecatalogus met een peildatum in 2016Q4 (1-10-2016 t/m 31-12-2016). ' +
          'De Softwarecatalogus in de database heeft peildata 23-1-2017.',
      );
    } finally {
      await test.close();
    }
  });

  it('lists monitors and recipients with the check, and writes nothing', async () => {
    const test = await openGoldenTestStore();
    try {
      await addSubscriber(test.store, 'GM0441', 'medewerker@schagen.nl', 'request');
      await addSubscriber(test.store, 'GM0441', 'iemand@gmail.com', 'request');
      // The catalogue names an administrator: the dry run shows that it would subscribe them.
      await test.store.db
        .updateTable('catalogue_profiles')
        .set({ administrator_email: 'Beheer.Catalogus@Schagen-ICT.nl' })
        .where('municipality', '=', 'GM0003')
        .execute();
      const plan = await planQuarter(test.store, '2017Q1');
      expect(plan).toEqual({
        quarter: '2017Q1',
        referenceDate: '2017-01-23',
        monitors: [
          {
            code: 'GM0003',
            archived: false,
            recipients: [
              {
                email: 'beheer.catalogus@schagen-ict.nl',
                newCatalogueAdmin: true,
                passes: true,
                reason: null,
                alreadySent: false,
              },
            ],
          },
          {
            code: 'GM0441',
            archived: false,
            recipients: [
              expect.objectContaining({ email: 'iemand@gmail.com', passes: false }),
              expect.objectContaining({ email: 'medewerker@schagen.nl', passes: true }),
            ],
          },
        ],
      });
      expect(await listSubscribers(test.store)).toHaveLength(2);
      expect(await listArchived(test.store)).toEqual([]);
      // An administrator who unsubscribed is not subscribed again automatically...
      await unsubscribe(test.store, 'GM0003', 'beheer.catalogus@schagen-ict.nl', new Date());
      const after = await planQuarter(test.store, '2017Q1');
      expect(after.monitors.map((m) => m.code)).toEqual(['GM0441']);
      // ...until they ask for it again.
      await clearOptOut(test.store, 'GM0003', 'beheer.catalogus@schagen-ict.nl');
      const asked = await planQuarter(test.store, '2017Q1');
      expect(asked.monitors.map((m) => m.code)).toEqual(['GM0003', 'GM0441']);
    } finally {
      await test.close();
    }
  });
});
