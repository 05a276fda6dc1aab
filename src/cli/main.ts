/**
 * The `mdd` command line. Commands load their modules only when run, so `mdd import` and
 * `--help` start without loading the report views and the browser driver.
 */
import { Command, CommanderError, type Help } from 'commander';
import { registerBackupCommands } from './commands/backup.ts';
import { CliError, EXIT_CODES } from './errors.ts';
import { registerHistoryCommands } from './history-commands.ts';
import { processTerminal, type Terminal } from './terminal.ts';

const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Commando’s:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

/** Commander's help in Dutch: section titles, and usage without its English `[options]`. */
const dutchHelp: Partial<Help> = {
  styleTitle: (title: string) => HELP_TITLES[title] ?? title,
  subcommandTerm: (command: Command) => `${command.name()} ${command.usage()}`.trimEnd(),
};

export function buildProgram(terminal: Terminal): Command {
  const program = new Command('mdd')
    .description(
      'Monitor Doelgerichte Digitalisering: bronbestanden importeren en rapporten maken.',
    )
    .helpOption('-h, --help', 'toon deze hulp')
    .helpCommand('help [commando]', 'toon de hulp bij een commando')
    .configureHelp(dutchHelp)
    .usage('[opties] [commando]')
    .configureOutput({ outputError: () => {} })
    .exitOverride()
    .showSuggestionAfterError(false);

  program
    .command('import')
    .description(
      'Importeer leveringen (mappen met bronnen.csv, of een map met zulke mappen) of één ' +
        'bronbestand met --table en --date.',
    )
    .usage('[opties] <pad...>')
    .argument(
      '<pad...>',
      'map van een levering, map met leveringen (op volgorde van peildatum), of een los bestand',
    )
    .option('--table <naam>', 'tabel van het losse bestand, bijvoorbeeld gemeenten')
    .option('--date <peildatum>', 'peildatum van het losse bestand: 23-1-2017 of 2017-01-23')
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (paths: string[], options) => {
      const { runImport } = await import('./commands/import.ts');
      await runImport(paths, options, terminal);
    });

  program
    .command('report')
    .description('Maak rapporten voor gemeenten op een peildatum (HTML, PDF en/of JSON).')
    .usage('[opties] [gemeentecode...]')
    .argument('[gemeentecode...]', 'een of meer gemeentecodes, zoals GM0441')
    .option('--all', 'alle gemeenten in het register op de peildatum')
    .option(
      '--date <peildatum>',
      'peildatum: 23-1-2017 of 2017-01-23 (standaard de laatste peildatum van de Softwarecatalogus)',
    )
    .option(
      '--format <formaten>',
      'html, pdf en/of json, gescheiden door komma’s (standaard html,pdf)',
    )
    .option('--out <map>', 'map voor de rapporten (standaard out)')
    .option(
      '--methodology <versie>',
      'methodiekversie, zoals 1.14 (standaard de versie die op de peildatum geldt)',
    )
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (codes: string[], options) => {
      const { runReport } = await import('./commands/report.ts');
      await runReport(codes, options, terminal);
    });

  program
    .command('serve')
    .description('Start het webportaal voor gemeenten en het monitorteam.')
    .usage('[opties]')
    .option('--port <poort>', 'poort (standaard 8080, of MDD_PORT)')
    .option('--host <adres>', 'netwerkadres om op te luisteren (standaard 127.0.0.1)')
    .option(
      '--base-url <url>',
      'adres waarop gebruikers het portaal bereiken, voor links in e-mails (anders MDD_BASE_URL)',
    )
    .option('--demo', 'demo: meegeleverde levering bij een lege database en demo-adressen')
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (options) => {
      const { runServe } = await import('./commands/serve.ts');
      await runServe(options, terminal);
    });

  program
    .command('produce')
    .description('Maak de kwartaalmonitors voor alle abonnees, archiveer ze en verstuur ze.')
    .usage('--quarter <kwartaal> [opties]')
    .option('--quarter <kwartaal>', 'kwartaal, zoals 2017Q1')
    .option('--dry-run', 'toon wat gemaakt en verstuurd zou worden, zonder iets te doen')
    .option(
      '--base-url <url>',
      'adres van het portaal, voor links in de e-mails (anders MDD_BASE_URL)',
    )
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (options) => {
      const { runProduce } = await import('./commands/produce.ts');
      await runProduce(options, terminal);
    });

  program
    .command('worker')
    .description('Doe taken uit de wachtrij van een PostgreSQL-database (kwartaalrun, rapporten).')
    .usage('[opties]')
    .option('--concurrency <aantal>', 'taken van één soort tegelijk (standaard 1)')
    .option(
      '--base-url <url>',
      'adres van het portaal, voor links in e-mails (anders MDD_BASE_URL)',
    )
    .option('--database <pad>', 'postgres://-adres (anders MDD_DATABASE)')
    .action(async (options) => (await import('./commands/worker.ts')).runWorker(options, terminal));

  program
    .command('migrate')
    .description('Werk het databaseschema bij en toon welke migraties zijn uitgevoerd.')
    .usage('[opties]')
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (options) =>
      (await import('./commands/migrate.ts')).runMigrate(options, terminal),
    );

  program
    .command('move')
    .description('Verhuis een database (een SQLite-bestand) naar een lege PostgreSQL-database.')
    .usage('--from <pad> [--to <postgres://...>]')
    .option('--from <pad>', 'de database om te verhuizen, zoals var/mdd.sqlite')
    .option('--to <adres>', 'de lege doeldatabase (anders MDD_DATABASE of DATABASE_URL)')
    .action(async (options) => (await import('./commands/move.ts')).runMove(options, terminal));

  const team = program
    .command('team')
    .description('Beheer de teamlijst van het portaal (monitorteam en beheerders).')
    .usage('<commando> [opties]')
    .action(() => {
      throw new CliError('Geef een commando: add, remove of list.', EXIT_CODES.usage);
    });
  team
    .command('add')
    .description('Zet een e-mailadres op de teamlijst.')
    .usage('[opties] <e-mailadres>')
    .argument('<e-mailadres>', 'werk-e-mailadres')
    .option('--role <rol>', 'team of admin (standaard team)')
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (email: string, options) => {
      const { runTeamAdd } = await import('./commands/team.ts');
      await runTeamAdd(email, options, terminal);
    });
  team
    .command('remove')
    .description('Haal een e-mailadres van de teamlijst.')
    .usage('[opties] <e-mailadres>')
    .argument('<e-mailadres>', 'werk-e-mailadres')
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (email: string, options) => {
      const { runTeamRemove } = await import('./commands/team.ts');
      await runTeamRemove(email, options, terminal);
    });
  team
    .command('list')
    .description('Toon de teamlijst.')
    .usage('[opties]')
    .option('--database <pad>', 'SQLite-bestand of postgres://-adres (anders MDD_DATABASE)')
    .action(async (options) => {
      const { runTeamList } = await import('./commands/team.ts');
      await runTeamList(options, terminal);
    });
  registerHistoryCommands(program, terminal);

  registerBackupCommands(program, terminal);
  return program;
}

/** Runs `mdd` with `argv` (node and script first) and returns the exit code. */
export async function main(argv: string[], terminal: Terminal = processTerminal): Promise<number> {
  try {
    await buildProgram(terminal).parseAsync(argv);
    return 0;
  } catch (error) {
    return reportError(error, terminal);
  }
}

function reportError(error: unknown, terminal: Terminal): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here as well, with exit code 0.
    if (error.exitCode === 0) return 0;
    terminal.error(`Fout: ${translateCommanderError(error)} Zie "mdd --help".`);
    return EXIT_CODES.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  terminal.error(`Fout: ${message}`);
  if (process.env.MDD_DEBUG === '1' && error instanceof Error && error.stack) {
    terminal.error(error.stack);
  }
  return error instanceof CliError ? error.exitCode : EXIT_CODES.failure;
}

/** Commander speaks English; the usual mistakes get a Dutch sentence. */
function translateCommanderError(error: CommanderError): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.missingArgument':
      return `Het argument <${quoted}> ontbreekt.`;
    case 'commander.optionMissingArgument':
      return `De optie ${quoted} heeft een waarde nodig.`;
    case 'commander.unknownOption':
      return `Onbekende optie ${quoted}.`;
    case 'commander.unknownCommand':
      return `Onbekend commando "${quoted}".`;
    case 'commander.excessArguments':
      return 'Te veel argumenten.';
    default:
      return error.message.replace(/^error: /, '');
  }
}

process.exitCode = await main(process.argv);
