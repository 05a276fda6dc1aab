/**
 * `mdd backup <bestand>` and `mdd restore <bestand>`: the whole store to one file while it stays
 * in use, and back into an empty store (SQLite or PostgreSQL, whichever the backup came from).
 */

import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { BackupSummary } from '../../store/backup-format.ts';
import type { Terminal } from '../terminal.ts';

export interface BackupCommandOptions {
  database?: string;
}

const DATABASE_OPTION = [
  '--database <pad>',
  'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)',
] as const;

/** Registers both commands; the store and its drivers load only when one of them runs. */
export function registerBackupCommands(program: Command, terminal: Terminal): void {
  program
    .command('backup')
    .description('Schrijf de hele database naar één backupbestand, terwijl mdd in gebruik blijft.')
    .usage('[opties] <bestand>')
    .argument('<bestand>', 'het backupbestand dat gemaakt wordt, bijvoorbeeld mdd-backup.jsonl.gz')
    .option(...DATABASE_OPTION)
    .action((file: string, options: BackupCommandOptions) => runBackup(file, options, terminal));
  program
    .command('restore')
    .description('Zet een backup terug in een nieuwe, lege database (SQLite of PostgreSQL).')
    .usage('[opties] <bestand>')
    .argument('<bestand>', 'een backupbestand van mdd backup')
    .option(...DATABASE_OPTION)
    .action((file: string, options: BackupCommandOptions) => runRestore(file, options, terminal));
}

export async function runBackup(file: string, options: BackupCommandOptions, terminal: Terminal) {
  const { backupStore } = await import('../../store/backup.ts');
  const { openStore } = await import('../../store/open.ts');
  const store = await openStore(options.database);
  try {
    const summary = await backupStore(store, resolve(file));
    terminal.print(`Backup geschreven naar ${file}: ${describe(summary)}.`);
  } finally {
    await store.close();
  }
}

export async function runRestore(file: string, options: BackupCommandOptions, terminal: Terminal) {
  const { restoreStore } = await import('../../store/restore.ts');
  const { openStore } = await import('../../store/open.ts');
  const store = await openStore(options.database);
  try {
    const summary = await restoreStore(store, resolve(file));
    terminal.print(`Backup ${file} teruggezet: ${describe(summary)}.`);
  } finally {
    await store.close();
  }
}

function describe(summary: BackupSummary): string {
  const rows = summary.tables.reduce((sum, t) => sum + t.rows, 0);
  return (
    `${summary.tables.length} tabellen, ${rows.toLocaleString('nl-NL')} rijen ` +
    `(databaseschema ${summary.schema})`
  );
}
