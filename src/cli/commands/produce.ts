/**
 * `mdd produce --quarter 2017Q1 [--dry-run]`: the quarter's monitors for every subscribed
 * municipality, archived and mailed (see src/delivery). Exits with 1 when a monitor was held
 * or a mail failed for good, so a scheduler or script notices.
 */
import { createTransport, retryPolicyFrom } from '../../delivery/mail.ts';
import { type ProduceResult, planProduction, produceQuarter } from '../../delivery/produce.ts';
import { DeliveryError } from '../../delivery/quarter.ts';
import { queueModeFrom } from '../../queue/boss.ts';
import { formatShortDate } from '../../report/format.ts';
import { openStore } from '../../store/open.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import type { Terminal } from '../terminal.ts';

export interface ProduceCommandOptions {
  quarter?: string;
  dryRun?: boolean;
  baseUrl?: string;
  database?: string;
}

export async function runProduce(options: ProduceCommandOptions, terminal: Terminal) {
  if (!options.quarter) {
    throw new CliError('Geef het kwartaal op met --quarter, zoals 2017Q1.', EXIT_CODES.usage);
  }
  const baseUrl = options.baseUrl ?? process.env.MDD_BASE_URL ?? 'http://localhost:8080';
  const store = await openStore(options.database);
  try {
    if (options.dryRun) {
      await printPlan(store, options.quarter, terminal);
      return;
    }
    const transport = await createTransport(process.env);
    try {
      const deps = {
        store,
        transport,
        baseUrl,
        retry: retryPolicyFrom(process.env),
        log: terminal.print,
      };
      // On PostgreSQL the run goes through the queue, shared with any `mdd worker` (MDD_QUEUE).
      const mode = queueModeFrom(process.env);
      const result =
        store.dialect === 'postgres' && mode !== 'off'
          ? await (await import('../../queue/produce.ts')).produceOnQueue(deps, options.quarter, {
              work: mode === 'on',
            })
          : await produceQuarter(deps, options.quarter);
      printResult(result, terminal);
    } finally {
      transport.close();
    }
  } catch (error) {
    if (error instanceof DeliveryError) throw new CliError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

async function printPlan(
  store: Awaited<ReturnType<typeof openStore>>,
  quarter: string,
  terminal: Terminal,
) {
  const plan = await planProduction(store, quarter);
  terminal.print(
    `Proefrun ${plan.quarter}, peildatum ${formatShortDate(plan.referenceDate)}: ` +
      `${plan.monitors.length} monitor(s); er wordt niets gemaakt of verstuurd.`,
  );
  for (const monitor of plan.monitors) {
    const state = monitor.archived ? 'al gearchiveerd' : 'wordt gemaakt';
    terminal.print(`${monitor.code} (peildatum ${formatShortDate(plan.referenceDate)}): ${state}`);
    for (const r of monitor.recipients) {
      const added = r.newCatalogueAdmin ? ' [beheerder Softwarecatalogus, wordt aangemeld]' : '';
      const verdict = r.alreadySent
        ? 'al verstuurd, krijgt niets opnieuw'
        : r.passes
          ? 'mag ontvangen'
          : `krijgt niets: ${r.reason}`;
      terminal.print(`  ${r.email}${added}: ${verdict}`);
    }
  }
}

function printResult(result: ProduceResult, terminal: Terminal) {
  const all = result.municipalities.flatMap((m) => m.recipients);
  const count = (outcome: string) => all.filter((r) => r.outcome === outcome).length;
  const held = result.municipalities.filter((m) => m.status === 'held');
  terminal.print(
    `Klaar: ${result.municipalities.length - held.length} monitor(s) in het archief, ` +
      `${held.length} tegengehouden; ${count('sent')} verstuurd, ${count('refused')} geweigerd, ` +
      `${count('failed')} mislukt.`,
  );
  if (held.length > 0 || count('failed') > 0) {
    throw new CliError(
      'Niet alles is verstuurd: zie de regels hierboven en /team/levering in het portaal. ' +
        'Een nieuwe run verstuurt wat nog openstaat.',
    );
  }
}
