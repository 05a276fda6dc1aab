/**
 * The quarterly production on a schedule inside `mdd serve`. Default: 07:00 Europe/Amsterdam
 * on the first working day (Monday to Friday) of January, April, July and October; set
 * `MDD_PRODUCE_SCHEDULE` to another cron string, or to `uit` to switch it off. A scheduled
 * run produces the quarter that has just ended: its catalogue is complete by then. Runs never
 * overlap: a run still busy when the next one is due makes that one skip.
 */
import { Cron } from 'croner';
import type { IsoDate } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';
import { createTransport, retryPolicyFrom } from './mail.ts';
import { produceQuarter } from './produce.ts';
import { type Quarter, quarterContaining, quarterOf } from './quarter.ts';

/** `1W`: the weekday nearest the 1st without leaving the month, i.e. the first working day. */
export const DEFAULT_SCHEDULE = '0 7 1W 1,4,7,10 *';
export const SCHEDULE_TIMEZONE = 'Europe/Amsterdam';

export interface ProductionSchedule {
  /** When the next run is due, or null when switched off. */
  nextRun(): Date | null;
  stop(): void;
}

/** The quarter before the one `date` falls in. */
export function quarterBefore(date: IsoDate): Quarter {
  const current = quarterContaining(date);
  return current.number === 1
    ? quarterOf(current.year - 1, 4)
    : quarterOf(current.year, current.number - 1);
}

/** The date in Amsterdam of `at`, as yyyy-mm-dd. */
export function amsterdamDate(at: Date): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: SCHEDULE_TIMEZONE }).format(at);
}

/**
 * Starts the schedule from `MDD_PRODUCE_SCHEDULE` (or the default); `run` gets the quarter
 * label to produce. Throws a Dutch error for a cron string croner cannot read.
 */
export function startProductionSchedule(
  run: (quarter: string) => Promise<void>,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = () => {},
): ProductionSchedule {
  const pattern = env.MDD_PRODUCE_SCHEDULE?.trim() || DEFAULT_SCHEDULE;
  if (pattern === 'uit' || pattern === 'off') return { nextRun: () => null, stop: () => {} };
  let job: Cron;
  try {
    job = new Cron(
      pattern,
      {
        timezone: SCHEDULE_TIMEZONE,
        protect: () => log('Kwartaalproductie overgeslagen: de vorige run loopt nog.'),
        catch: (error) => log(`Kwartaalproductie mislukt: ${String(error)}`),
        unref: true,
      },
      async () => {
        const quarter = quarterBefore(amsterdamDate(new Date())).label;
        log(`Kwartaalproductie ${quarter} gestart (schema ${pattern}).`);
        await run(quarter);
      },
    );
  } catch (error) {
    throw new Error(
      `MDD_PRODUCE_SCHEDULE "${pattern}" is geen geldig cron-schema: ${String(error)}`,
    );
  }
  return { nextRun: () => job.nextRun(), stop: () => job.stop() };
}

/**
 * The schedule as `mdd serve` starts it: each due run mails through `MDD_SMTP_URL` (or the
 * .eml folder) and logs its lines; a run that cannot start (no catalogue in the quarter,
 * another run busy) is logged, and the server goes on.
 */
export function scheduleProduction(
  store: Store,
  baseUrl: string,
  log: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): ProductionSchedule {
  const schedule = startProductionSchedule(
    async (quarter) => {
      const transport = await createTransport(env);
      try {
        await produceQuarter(
          { store, transport, baseUrl, retry: retryPolicyFrom(env), log },
          quarter,
        );
      } catch (error) {
        log(
          `Kwartaalproductie ${quarter} niet uitgevoerd: ${String((error as Error).message ?? error)}`,
        );
      } finally {
        transport.close();
      }
    },
    env,
    log,
  );
  const next = schedule.nextRun();
  log(
    next
      ? `Kwartaalproductie gepland: eerstvolgende run ${next.toISOString().slice(0, 16).replace('T', ' ')} UTC.`
      : 'Kwartaalproductie staat uit (MDD_PRODUCE_SCHEDULE).',
  );
  return schedule;
}
