/**
 * The job queue on PostgreSQL: pg-boss (its own schema `pgboss` in the store's database) with
 * our three queues. Only PostgreSQL stores have a queue; SQLite runs everything in-process.
 */
import type PgBoss from 'pg-boss';

export const QUEUES = {
  /** One quarterly monitor: compute, render, archive (or hold), then queue its mails. */
  monitor: 'mdd-monitor',
  /** One mail to one subscriber of one archived monitor. */
  mail: 'mdd-mail',
  /** One report of `mdd report --all`, written to the output folder. */
  report: 'mdd-report',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface QueueSettings {
  /** A job active this long is taken for dead (its worker killed) and retried. */
  expireSeconds: number;
  /** How often some worker looks for expired jobs. */
  maintenanceSeconds: number;
  /** Retries after a failure or an expired job. */
  retryLimit: number;
  /** How often an idle worker asks for a job. */
  pollingSeconds: number;
}

/** From `MDD_QUEUE_EXPIRE_SECONDS` (300), `MDD_QUEUE_MAINTENANCE_SECONDS` (30), ... */
export function queueSettingsFrom(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    expireSeconds: Math.round(number('MDD_QUEUE_EXPIRE_SECONDS', 300)),
    maintenanceSeconds: Math.round(number('MDD_QUEUE_MAINTENANCE_SECONDS', 30)),
    retryLimit: Math.round(number('MDD_QUEUE_RETRY_LIMIT', 3)),
    pollingSeconds: Math.max(0.5, number('MDD_QUEUE_POLLING_SECONDS', 0.5)),
  };
}

/**
 * How a PostgreSQL store runs the quarterly production and `mdd report --all`, from
 * `MDD_QUEUE`: 'on' (default) queues the jobs and this process works along with any
 * `mdd worker`; 'only' queues and waits for workers; 'off' works in-process as on SQLite.
 */
export type QueueMode = 'on' | 'only' | 'off';

export function queueModeFrom(env: NodeJS.ProcessEnv = process.env): QueueMode {
  const value = (env.MDD_QUEUE ?? 'on').trim().toLowerCase();
  if (value === 'only' || value === 'off') return value;
  return 'on';
}

/** Starts pg-boss on the store's database and makes sure our queues exist. */
export async function openBoss(location: string, settings: QueueSettings): Promise<PgBoss> {
  const { default: PgBossClass } = await import('pg-boss');
  const boss = new PgBossClass({
    connectionString: location,
    max: 3,
    application_name: 'mdd-queue',
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    pollingIntervalSeconds: settings.pollingSeconds,
    // A worker only monitors; the job timings of a run are read back for the bench.
    archiveCompletedAfterSeconds: 24 * 3600,
  });
  boss.on('error', (error) => {
    process.stderr.write(`wachtrij: ${error.message}\n`);
  });
  // pg-boss makes a queue as a partition of its job table: two processes making queues at
  // once (workers and a run starting together on a new database) deadlock. So the schema and
  // the queues are set up by one process at a time, under a lock that ends with its session.
  await oneAtATime(location, async () => {
    await boss.start();
    for (const name of Object.values(QUEUES)) await ensureQueue(boss, name, settings);
  });
  return boss;
}

/** Runs `work` holding a session-level advisory lock of the store's database. */
async function oneAtATime(location: string, work: () => Promise<void>): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: location, application_name: 'mdd-queue' });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('mdd-queue-setup'))`);
    await work();
  } finally {
    // Ending the session releases the lock, also after an error.
    await client.end();
  }
}

async function ensureQueue(boss: PgBoss, name: QueueName, settings: QueueSettings) {
  const options = {
    name,
    policy: 'standard' as const,
    retryLimit: settings.retryLimit,
    retryDelay: 1,
    expireInSeconds: settings.expireSeconds,
  };
  if (await boss.getQueue(name)) {
    await boss.updateQueue(name, options);
    return;
  }
  try {
    await boss.createQueue(name, options);
  } catch (error) {
    // Another worker starting at the same moment made it first.
    if (!(await boss.getQueue(name))) throw error;
  }
}
