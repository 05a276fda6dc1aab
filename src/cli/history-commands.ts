/**
 * The commands of the time dimension: `mdd demo generate` (the demo history) and
 * `mdd methodology list` (the stored methodology versions). Registered by `buildProgram`.
 */
import type { Command } from 'commander';
import { CliError, EXIT_CODES } from './errors.ts';
import type { Terminal } from './terminal.ts';

export function registerHistoryCommands(program: Command, terminal: Terminal): void {
  const demo = program
    .command('demo')
    .description('Demogegevens: kwartaalleveringen rond de meegeleverde levering van 2017Q1.')
    .usage('<commando> [opties]')
    .action(() => {
      throw new CliError('Geef een commando: generate.', EXIT_CODES.usage);
    });
  demo
    .command('generate')
    .description('Maak de demogeschiedenis (2016Q1 t/m 2016Q4 en 2017Q2) opnieuw, met een seed.')
    .usage('[opties]')
    .option('--seed <getal>', 'seed van het toeval (standaard 20170123)')
    .option('--out <map>', 'map voor de kwartaalleveringen (standaard data/demo-history)')
    .action(async (options) => {
      const { runDemoGenerate } = await import('./commands/demo.ts');
      await runDemoGenerate(options, terminal);
    });

  const methodology = program
    .command('methodology')
    .description('Methodiekversies in de database.')
    .usage('<commando> [opties]')
    .action(() => {
      throw new CliError('Geef een commando: list.', EXIT_CODES.usage);
    });
  methodology
    .command('list')
    .description('Toon de methodiekversies: versie, geldig vanaf en ingevoerd op.')
    .usage('[opties]')
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (options) => {
      const { runMethodologyList } = await import('./commands/methodology.ts');
      await runMethodologyList(options, terminal);
    });
}
