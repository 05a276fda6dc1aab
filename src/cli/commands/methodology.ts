/** `mdd methodology list`: the methodology versions the store keeps, as a Dutch table. */
import { storedMethodologyVersions } from '../../methodology/store.ts';
import { formatShortDate } from '../../report/format.ts';
import { openStore } from '../../store/open.ts';
import type { Terminal } from '../terminal.ts';

export interface MethodologyListOptions {
  database?: string;
}

export async function runMethodologyList(
  options: MethodologyListOptions,
  terminal: Terminal,
): Promise<void> {
  const store = await openStore(options.database);
  try {
    const versions = await storedMethodologyVersions(store);
    const cells = [
      ['versie', 'geldig vanaf', 'ingevoerd', 'regels'],
      ...versions.map((v) => [
        v.version,
        formatShortDate(v.effectiveFrom),
        formatShortDate(v.enteredAt.slice(0, 10)),
        v.rules === null ? 'alleen geschiedenis' : 'ja',
      ]),
    ];
    const widths = [0, 1, 2].map((c) => Math.max(...cells.map((row) => row[c]?.length ?? 0)));
    for (const row of cells) {
      const line = row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
      terminal.print(`  ${line}`.trimEnd());
    }
  } finally {
    await store.close();
  }
}
