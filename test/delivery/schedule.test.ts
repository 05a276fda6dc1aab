/**
 * The schedule: the default cron string fires at 07:00 in Amsterdam on exactly the first
 * working day of each quarter, produces the quarter just ended, and runs never overlap.
 */
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cron } from 'croner';
import { describe, expect, it } from 'vitest';
import { acquireRunLock } from '../../src/delivery/lock.ts';
import { firstWorkingDayOfQuarter } from '../../src/delivery/quarter.ts';
import {
  amsterdamDate,
  DEFAULT_SCHEDULE,
  quarterBefore,
  SCHEDULE_TIMEZONE,
  scheduleProduction,
  startProductionSchedule,
} from '../../src/delivery/schedule.ts';
import { deliveryDb } from '../../src/delivery/schema.ts';
import { openGoldenTestStore } from '../helpers/test-store.ts';

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

describe('the schedule as mdd serve starts it', () => {
  it('runs the production of the quarter just ended when due, and logs why it did nothing', async () => {
    const test = await openGoldenTestStore();
    const lines: string[] = [];
    // Every second, so the test need not wait for a quarter; the store has only 2017Q1.
    const schedule = scheduleProduction(test.store, 'http://p.test', (line) => lines.push(line), {
      MDD_PRODUCE_SCHEDULE: '* * * * * *',
      MDD_MAIL_DIR: join(tmpdir(), 'mdd-schedule-mail'),
    });
    try {
      const quarter = quarterBefore(amsterdamDate(new Date())).label;
      const end = Date.now() + 10_000;
      while (!lines.some((l) => l.includes('niet uitgevoerd')) && Date.now() < end) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(lines[0]).toMatch(/^Kwartaalproductie gepland: eerstvolgende run \d{4}-\d\d-\d\d /);
      expect(lines).toContain(`Kwartaalproductie ${quarter} gestart (schema * * * * * *).`);
      expect(lines.find((l) => l.includes('niet uitgevoerd'))).toContain(
        `Kwartaalproductie ${quarter} niet uitgevoerd: Er is geen Softwarecatalogus met een peildatum in ${quarter}`,
      );
    } finally {
      schedule.stop();
      await test.close();
    }
  });
});

describe('the production lock', () => {
  it('lets one run at a time in, and takes over the lock of a killed process', async () => {
    const test = await openGoldenTestStore();
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
