/**
 * The production lock: one run at a time per store, also between `mdd produce` on the
 * command line and the schedule in `mdd serve`. A lock left by a killed process on this host
 * is taken over at once (its pid is gone); one from another host after `STALE_HOURS`.
 */
import { hostname } from 'node:os';
import type { Store } from '../store/open.ts';
import { DeliveryError } from './quarter.ts';
import { deliveryDb } from './schema.ts';

const LOCK_NAME = 'produce';
export const STALE_HOURS = 6;

export interface RunLock {
  release(): Promise<void>;
}

export async function acquireRunLock(store: Store, at: Date = new Date()): Promise<RunLock> {
  const holder = `${hostname()}:${process.pid}`;
  const db = deliveryDb(store);
  for (let attempt = 0; attempt < 2; attempt++) {
    const inserted = await db
      .insertInto('production_lock')
      .values({ name: LOCK_NAME, holder, acquired_at: at.toISOString() })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
      return {
        release: async () => {
          await db.deleteFrom('production_lock').where('holder', '=', holder).execute();
        },
      };
    }
    const current = await db
      .selectFrom('production_lock')
      .selectAll()
      .where('name', '=', LOCK_NAME)
      .executeTakeFirst();
    if (!current) continue;
    if (!isStale(current.holder, current.acquired_at, at)) {
      throw new DeliveryError(
        `Er loopt al een kwartaalproductie (proces ${current.holder}, gestart ` +
          `${current.acquired_at.slice(0, 16).replace('T', ' ')} UTC). Er is niets gedaan.`,
      );
    }
    // Only the stale holder's row goes; a run that took it over meanwhile keeps its lock.
    await db.deleteFrom('production_lock').where('holder', '=', current.holder).execute();
  }
  throw new DeliveryError('De kwartaalproductie kon niet beginnen: de vergrendeling is bezet.');
}

function isStale(holder: string, acquiredAt: string, now: Date): boolean {
  const [host, pidText] = [
    holder.slice(0, holder.lastIndexOf(':')),
    holder.slice(holder.lastIndexOf(':') + 1),
  ];
  if (host === hostname() && !isAlive(Number(pidText))) return true;
  return now.getTime() - Date.parse(acquiredAt) > STALE_HOURS * 3_600_000;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
