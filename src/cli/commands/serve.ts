/**
 * `mdd serve`: the web portal on a port, until Ctrl-C. `--demo` adds the demo team addresses
 * and, on an empty store, imports the shipped delivery first and the demo history while the
 * portal runs.
 */
import { fileURLToPath } from 'node:url';
import { scheduleProduction } from '../../delivery/schedule.ts';
import { explanationSettings } from '../../explanations/settings.ts';
import { createMailer, DEV_MAIL_DIR } from '../../portal/mail.ts';
import { startPortal } from '../../portal/server.ts';
import { addTeamMember, emailsFrom } from '../../portal/team-list.ts';
import { importDelivery } from '../../store/import.ts';
import { describeLocation, openStore, type Store } from '../../store/open.ts';
import { listImports } from '../../store/tables-at.ts';
import { CliError, EXIT_CODES } from '../errors.ts';
import type { Terminal } from '../terminal.ts';
import {
  type BackgroundImport,
  DEMO_HISTORY,
  importDemoHistoryInBackground,
} from './serve-history.ts';

export interface ServeCommandOptions {
  port?: string;
  host?: string;
  baseUrl?: string;
  demo?: boolean;
  database?: string;
}

export const DEMO_TEAM = { team: 'monitorteam@voorbeeld.nl', admin: 'beheer@voorbeeld.nl' };
export const DEMO_STAFF = 'medewerker@schagen.nl';

const SHIPPED_DELIVERY = fileURLToPath(new URL('../../../data/golden-2017q1', import.meta.url));
const DEFAULT_UPLOAD_MB = 50;

export async function runServe(options: ServeCommandOptions, terminal: Terminal): Promise<void> {
  const port = parsePort(options.port ?? process.env.MDD_PORT ?? '8080');
  const host = options.host ?? process.env.MDD_HOST ?? '127.0.0.1';
  const baseUrl = parseBaseUrl(
    options.baseUrl ?? process.env.MDD_BASE_URL ?? `http://localhost:${port}`,
  );
  // Read once now: a bad MDD_EXPLANATION_MAX_DAYS stops the start instead of failing each
  // explanation page with a 500 later.
  explanationSettings();
  const store = await openStore(options.database);
  try {
    const history = options.demo ? await prepareDemo(store, terminal) : null;
    await bootstrapTeam(store, terminal);
    const mailer = await createMailer(process.env, terminal.print);
    // Before the portal listens, so a bad MDD_PRODUCE_SCHEDULE stops the start cleanly.
    const schedule = scheduleProduction(store, baseUrl, terminal.print);
    const portal = await startPortal({
      store,
      mailer,
      port,
      host,
      config: {
        baseUrl,
        secureCookies: baseUrl.startsWith('https://'),
        loginTtlMinutes: 15,
        sessionTtlHours: 8,
        maxUploadBytes: uploadLimit(),
        trustProxy: process.env.MDD_TRUST_PROXY === '1',
      },
    }).catch(async (error: unknown) => {
      schedule.stop();
      await history?.stop();
      throw listenProblem(error, host, port);
    });
    terminal.print(`Portaal gestart op ${portal.url} (adres voor gebruikers: ${baseUrl}).`);
    terminal.print(`Database: ${describeLocation(store.location)}. Stoppen met Ctrl-C.`);
    if (!process.env.MDD_SMTP_URL) {
      const folder = process.env.MDD_MAIL_DIR || DEV_MAIL_DIR;
      terminal.print(`Geen MDD_SMTP_URL: e-mails komen in ${folder}/ en de inloglink hieronder.`);
    }
    await untilStopped();
    schedule.stop();
    terminal.print('Portaal wordt gestopt.');
    await history?.stop();
    await portal.close();
  } finally {
    await store.close();
  }
}

/** Demo addresses, and on an empty store the shipped delivery (the history follows later). */
async function prepareDemo(store: Store, terminal: Terminal): Promise<BackgroundImport | null> {
  const empty = (await listImports(store)).length === 0;
  if (empty) {
    terminal.print(
      `Lege database: de meegeleverde levering ${SHIPPED_DELIVERY} wordt geïmporteerd; de ` +
        `demogeschiedenis ${DEMO_HISTORY} volgt terwijl het portaal draait.`,
    );
    const outcome = await importDelivery(store, SHIPPED_DELIVERY);
    if (!outcome.ok) throw new CliError('De meegeleverde levering kon niet worden geïmporteerd.');
  }
  await addTeamMember(store, DEMO_TEAM.team, 'team');
  await addTeamMember(store, DEMO_TEAM.admin, 'admin');
  terminal.print(
    `Demo-adressen: ${DEMO_STAFF} (medewerker Schagen), ${DEMO_TEAM.team} (monitorteam), ` +
      `${DEMO_TEAM.admin} (beheerder).`,
  );
  return empty ? importDemoHistoryInBackground(store, terminal) : null;
}

/** Adds the addresses in MDD_TEAM_EMAILS and MDD_ADMIN_EMAILS to the team list. */
async function bootstrapTeam(store: Store, terminal: Terminal): Promise<void> {
  const team = emailsFrom(process.env.MDD_TEAM_EMAILS);
  const admins = emailsFrom(process.env.MDD_ADMIN_EMAILS);
  for (const email of team) await addTeamMember(store, email, 'team');
  for (const email of admins) await addTeamMember(store, email, 'admin');
  if (team.length + admins.length > 0) {
    terminal.print(`Teamlijst aangevuld: ${[...team, ...admins].join(', ')}.`);
  }
}

/** Why the portal could not listen, in Dutch where the reason is one a user can act on. */
function listenProblem(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') {
    return new CliError(`Poort ${port} op ${host} is al in gebruik. Kies een andere met --port.`);
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new CliError(
      `Het adres ${host} hoort niet bij deze machine. Kies een ander met --host, bijvoorbeeld 127.0.0.1.`,
    );
  }
  if (code === 'EACCES') {
    return new CliError(
      `Geen toestemming om poort ${port} te gebruiken. Kies een poort boven 1023 met --port.`,
    );
  }
  return error;
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(
      `Ongeldige poort "${text}": geef een getal van 0 tot 65535.`,
      EXIT_CODES.usage,
    );
  }
  return port;
}

function parseBaseUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // Falls through to the message below.
  }
  throw new CliError(
    `Ongeldig basisadres "${text}": geef een adres als https://monitor.example.nl.`,
    EXIT_CODES.usage,
  );
}

function uploadLimit(): number {
  const megabytes = Number(process.env.MDD_MAX_UPLOAD_MB ?? DEFAULT_UPLOAD_MB);
  return (
    (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : DEFAULT_UPLOAD_MB) * 1024 * 1024
  );
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
