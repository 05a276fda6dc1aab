/**
 * `mdd worker`: takes jobs from the queue of a PostgreSQL store (quarterly monitors, their
 * mails, reports of `mdd report --all`) until it gets SIGTERM or SIGINT; then it finishes the
 * job in hand and stops. Start as many as the machines allow; they share every run.
 */
import { createTransport, retryPolicyFrom } from '../../delivery/mail.ts';
import { openBoss, queueSettingsFrom } from '../../queue/boss.ts';
import { startWorker } from '../../queue/worker.ts';
import { describeLocation, openStore } from '../../store/open.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import type { Terminal } from '../terminal.ts';

export interface WorkerCommandOptions {
  database?: string;
  baseUrl?: string;
  concurrency?: string;
}

export async function runWorker(options: WorkerCommandOptions, terminal: Terminal) {
  const concurrency = Number(options.concurrency ?? '1');
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
    throw new CliError(
      '--concurrency moet een heel getal van 1 tot en met 16 zijn.',
      EXIT_CODES.usage,
    );
  }
  const store = await openStore(options.database);
  if (store.dialect !== 'postgres') {
    await store.close();
    throw new CliError(
      `mdd worker werkt alleen met een PostgreSQL-database (postgres://...); ` +
        `${describeLocation(store.location)} is SQLite, waar mdd produce en mdd report het ` +
        'werk zelf doen.',
    );
  }
  const transport = await createTransport(process.env);
  const boss = await openBoss(store.location, queueSettingsFrom(process.env));
  const worker = await startWorker({
    boss,
    concurrency,
    context: {
      store,
      transport,
      baseUrl: options.baseUrl ?? process.env.MDD_BASE_URL ?? 'http://localhost:8080',
      retry: retryPolicyFrom(process.env),
      now: () => new Date(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      log: terminal.print,
    },
  });
  terminal.print(
    `Worker ${process.pid} wacht op taken in ${describeLocation(store.location)} ` +
      `(${concurrency} tegelijk per soort). Stop met Ctrl-C.`,
  );
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  terminal.print(`Worker ${process.pid}: ${signal}, de lopende taak wordt afgemaakt.`);
  try {
    await worker.stop();
    await boss.stop({ graceful: true, wait: true });
  } finally {
    transport.close();
    await store.close();
  }
}
