/**
 * `mdd serve --demo` on an empty store: the demo history is imported while the portal already
 * runs on the golden delivery, so the portal starts as fast as before. Stopping the portal
 * lets the delivery being imported finish (each is one transaction) and skips the rest.
 */
import { fileURLToPath } from 'node:url';
import { importDelivery } from '../../store/import.ts';
import type { Store } from '../../store/open.ts';
import type { Terminal } from '../terminal.ts';
import { resolveImportTargets } from './import-targets.ts';

export const DEMO_HISTORY = fileURLToPath(new URL('../../../data/demo-history', import.meta.url));

export interface BackgroundImport {
  /** Imports nothing more after the current delivery, and waits for that one. */
  stop(): Promise<void>;
}

export function importDemoHistoryInBackground(store: Store, terminal: Terminal): BackgroundImport {
  let stopping = false;
  const done = (async () => {
    const targets = await resolveImportTargets([DEMO_HISTORY], {});
    const deliveries = Array.isArray(targets) ? targets : [];
    for (const [index, { folder }] of deliveries.entries()) {
      if (stopping) {
        terminal.print(
          `Demogeschiedenis onderbroken na ${index} van ${deliveries.length} leveringen; ` +
            'de rest kan later met "mdd import data/demo-history".',
        );
        return;
      }
      const outcome = await importDelivery(store, folder);
      if (!outcome.ok) {
        terminal.error(`Demogeschiedenis: de levering ${folder} kon niet worden geïmporteerd.`);
        return;
      }
    }
    terminal.print(`Demogeschiedenis geïmporteerd: ${deliveries.length} kwartaalleveringen.`);
  })().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    terminal.error(`Demogeschiedenis niet geïmporteerd: ${message}`);
  });
  return {
    async stop() {
      stopping = true;
      await done;
    },
  };
}
