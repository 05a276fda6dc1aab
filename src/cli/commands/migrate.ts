/**
 * `mdd migrate`: brings the database schema up to date and says what it ran. Every command
 * does this on opening the store as well; this one lets an operator do it on purpose, before
 * starting app servers and workers against a shared PostgreSQL.
 */
import { describeLocation, openAndMigrate } from '../../store/open.ts';
import type { Terminal } from '../terminal.ts';

export interface MigrateCommandOptions {
  database?: string;
}

export async function runMigrate(options: MigrateCommandOptions, terminal: Terminal) {
  const { store, ran, before } = await openAndMigrate(options.database);
  await store.close();
  const kind = store.dialect === 'postgres' ? 'PostgreSQL' : 'SQLite';
  terminal.print(`Database: ${describeLocation(store.location)} (${kind})`);
  for (const name of ran) terminal.print(`Migratie ${name} uitgevoerd.`);
  const all = [...before, ...ran];
  if (ran.length === 0) {
    terminal.print(
      `Het schema was al bijgewerkt (${all.length} migraties, laatste ${all.at(-1)}).`,
    );
  } else {
    terminal.print(
      `Het schema is bijgewerkt: ${ran.length} van ${all.length} migraties uitgevoerd.`,
    );
  }
}
