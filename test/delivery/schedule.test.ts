/**
 * The schedule: the default cron string fires at 07:00 in Amsterdam on exactly the first
 * working day of each quarter, produces the quarter just ended, and runs never overlap.
 */
import { hostname } from 'node:os';
import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { acquireRunLock } from '../../src/delivery/lock.ts';
import { firstWorkingDayOfQuarter } from '../../src/delivery/quarter.ts';
import {
  amsterdamDate,
  DEFAULT_SCHEDULE,
  quarterBefore,
  SCHEDULE_TIMEZONE,
  startProductionSchedule,
} from '../../src/delivery/schedule.ts';
import { deliveryDb } from '../../src/delivery/schema.ts';
import { goldenStore } from './helpers.ts';

describe('the production schedule', () => {
  it('fires on the first working day of every quarter at 07:00 Amsterdam time', () => {
    const runs = new Cron(DEFAULT_SCHEDULE, { timezone: SCHEDULE_TIMEZONE, paused: true }).nextRuns(
      12,
      new Date('2017-01-01T00:00:00Z'),
    );
    const expected = [2017, 2018, 2019].flatMap((year) =>
      [1, 2, 3, 4].map((q) => firstWorkingDayOfQuarter(year, q)),
    );
    expect(runs.map(amsterdamDate)).toEqual(expected);
    // 07:00 in Amsterdam is 06:00 UTC in winter and 05:00 UTC in summer.
    expect(runs[0]?.toISOString()).toBe('2017-01-02T06:00:00.000Z');
    expect(runs[2]?.toISOString()).toBe('2017-07-03T05:00:00.000Z');
  });

  it('produces the quarter that has just ended', () => {
    expect(quarterBefore('2017-04-03').label).toBe('2017Q1');
    expect(quarterBefore('2018-01-01').label).toBe('2017Q4');
  });

  it('reads MDD_PRODUCE_SCHEDULE, can be switched off, and refuses a bad cron string in Dutch', () => {
    const run = async () => {};
    const custom = startProductionSchedule(run, { MDD_PRODUCE_SCHEDULE: '30 6 * * 1' });
    expect(custom.nextRun()?.getUTCDay()).toBe(1);
    custom.stop();
    expect(startProductionSchedule(run, { MDD_PRODUCE_SCHEDULE: 'uit' }).nextRun()).toBeNull();
    expect(() => startProductionSchedule(run, { MDD_PRODUCE_SCHEDULE: 'elke maandag' })).toThrow(
      'MDD_PRODUCE_SCHEDULE "elke maandag" is geen geldig cron-schema',
    );
  });
});

describe('the production lock', () => {
  it('lets one run at a time in, and takes over the lock of a killed process', async () => {
    const test = await goldenStore();
    try {
      const first = await acquireRunLock(test.store);
      await expect(acquireRunLock(test.store)).rejects.toThrow('Er loopt al een kwartaalproductie');
      await first.release();
      const again = await acquireRunLock(test.store);
      await again.release();
      // A row left by a process on this host that no longer exists (kill -9).
      await deliveryDb(test.store)
        .insertInto('production_lock')
        .values({
          name: 'produce',
          holder: `${hostname()}:2147483646`,
          acquired_at: new Date().toISOString(),
        })
        .execute();
      const takenOver = await acquireRunLock(test.store);
      await takenOver.release();
      expect(
        await deliveryDb(test.store).selectFrom('production_lock').selectAll().execute(),
      ).toEqual([]);
    } finally {
      await test.close();
    }
  });
});
