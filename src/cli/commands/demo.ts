/**
 * `mdd demo generate`: writes the demo history (quarter deliveries around the golden one) from
 * the golden delivery and the 2016 register, with a seed. Paths are relative to the current
 * folder, the repository's root when run from the README.
 */
import { relative } from 'node:path';
import { DEFAULT_DEMO_SEED, DEMO_PATHS, generateDemoHistory } from '../../demo/generate.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import type { Terminal } from '../terminal.ts';

export interface DemoGenerateOptions {
  seed?: string;
  out?: string;
}

export async function runDemoGenerate(
  options: DemoGenerateOptions,
  terminal: Terminal,
): Promise<void> {
  const seed = parseSeed(options.seed);
  const outFolder = options.out ?? DEMO_PATHS.out;
  terminal.print(`Demogeschiedenis maken met seed ${seed} uit ${DEMO_PATHS.golden} ...`);
  const quarters = await generateDemoHistory({
    seed,
    goldenFolder: DEMO_PATHS.golden,
    registerFile: DEMO_PATHS.register2016,
    outFolder,
  }).catch((error: unknown) => {
    const reason = (error as { code?: string }).code === 'ENOENT' ? missingInput(error) : null;
    throw reason ? new CliError(reason) : error;
  });
  for (const { quarter, folder, files } of quarters) {
    terminal.print(
      `  ${quarter}  ${relative(process.cwd(), folder) || folder}  ${files.length} bestanden`,
    );
  }
  terminal.print(`${quarters.length} kwartaalleveringen geschreven naar ${outFolder}.`);
}

function parseSeed(text: string | undefined): number {
  if (text === undefined) return DEFAULT_DEMO_SEED;
  if (!/^\d{1,9}$/.test(text)) {
    throw new CliError(
      `--seed verwacht een geheel getal (0 tot 999999999), niet "${text}".`,
      EXIT_CODES.usage,
    );
  }
  return Number(text);
}

function missingInput(error: unknown): string {
  const path = (error as { path?: string }).path ?? '';
  return `Invoerbestand ${path} ontbreekt; voer "mdd demo generate" uit in de map van mdd.`;
}
