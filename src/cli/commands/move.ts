/**
 * `mdd move --from <sqlite> --to <postgres://...>`: moves an existing store into an empty
 * PostgreSQL database (see src/store/move.ts), then shows the row counts of both per table.
 */
import { formatCount } from '../../report/format.ts';
import { moveStore } from '../../store/move.ts';
import { describeLocation, resolveStoreLocation } from '../../store/open.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import type { Terminal } from '../terminal.ts';

export interface MoveCommandOptions {
  from?: string;
  to?: string;
}

export async function runMove(options: MoveCommandOptions, terminal: Terminal) {
  if (!options.from) {
    throw new CliError('Geef de database om te verhuizen op met --from.', EXIT_CODES.usage);
  }
  // Without --to: the store mdd would otherwise use (MDD_DATABASE or DATABASE_URL).
  const to = resolveStoreLocation(options.to);
  terminal.print(`Van:  ${describeLocation(resolveStoreLocation(options.from))}`);
  terminal.print(`Naar: ${describeLocation(to)}`);
  const tables = await moveStore(options.from, to);
  const width = Math.max(5, ...tables.map((t) => t.table.length));
  terminal.print(`${'tabel'.padEnd(width)}  ${'bron'.padStart(10)}  ${'doel'.padStart(10)}`);
  for (const { table, source, target } of tables) {
    const mark = source === target ? '' : '  VERSCHIL';
    terminal.print(
      `${table.padEnd(width)}  ${formatCount(source).padStart(10)}  ${formatCount(target).padStart(10)}${mark}`,
    );
  }
  const differing = tables.filter((t) => t.source !== t.target);
  if (differing.length > 0) {
    throw new CliError(
      `De aantallen rijen verschillen in ${differing.map((t) => t.table).join(', ')}.`,
    );
  }
  const rows = tables.reduce((sum, t) => sum + t.target, 0);
  terminal.print(
    `Verhuisd: ${tables.length} tabellen, ${formatCount(rows)} rijen; de aantallen zijn gelijk.`,
  );
}
