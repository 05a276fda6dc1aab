/**
 * The quarterly mails: the monitor mail (Dutch summary, PDF attached, unsubscribe link and
 * List-Unsubscribe header, a Message-ID fixed per archived monitor and address so that a
 * receiver can drop a duplicate) and the team's mail about held monitors; and the transport
 * with retries and backoff.
 */
import { createHash } from 'node:crypto';
import { RATING_LABELS } from '../report/html/rating.tsx';
import type { Report, Tile } from '../report/model.ts';

export interface OutgoingMail {
  to: string | string[];
  subject: string;
  text: string;
  messageId?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** Sends one mail; resolves when the SMTP server (or the .eml folder) accepted it. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export interface RetryPolicy {
  attempts: number;
  /** Waits before the 2nd, 3rd, ... attempt; the last one repeats. */
  delaysMs: number[];
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, delaysMs: [1000, 4000] };

/**
 * SMTP to `MDD_SMTP_URL` when set; otherwise (development) each mail is written as an `.eml`
 * file to `MDD_MAIL_DIR` or `var/mail`.
 */
export async function createTransport(
  env: NodeJS.ProcessEnv = process.env,
): Promise<MailTransport> {
  const { default: nodemailer } = await import('nodemailer');
  const from = env.MDD_MAIL_FROM || 'Monitor Doelgerichte Digitalisering <monitor@localhost>';
  const url = env.MDD_SMTP_URL;
  if (url) {
    // No pooling: each mail its own connection, so a refused connection fails only that try.
    const transport = nodemailer.createTransport(url);
    return {
      async send(mail) {
        await transport.sendMail({ from, ...mail });
      },
      close: () => transport.close(),
    };
  }
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join, resolve } = await import('node:path');
  const dir = env.MDD_MAIL_DIR || 'var/mail';
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  let counter = 0;
  return {
    async send(mail) {
      const info = await transport.sendMail({ from, ...mail });
      await mkdir(dir, { recursive: true });
      counter += 1;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const to = (Array.isArray(mail.to) ? mail.to.join(',') : mail.to).replace(
        /[^a-zA-Z0-9@._,-]/g,
        '_',
      );
      await writeFile(resolve(join(dir, `${stamp}-${counter}-${to}.eml`)), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}

/** The retry policy from `MDD_SMTP_ATTEMPTS` (3) and `MDD_SMTP_BACKOFF_MS` ("1000,4000"). */
export function retryPolicyFrom(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  const attempts = Number(env.MDD_SMTP_ATTEMPTS ?? DEFAULT_RETRY.attempts);
  const delays = (env.MDD_SMTP_BACKOFF_MS ?? DEFAULT_RETRY.delaysMs.join(','))
    .split(',')
    .map(Number)
    .filter((n) => Number.isFinite(n) && n >= 0);
  return {
    attempts: Number.isInteger(attempts) && attempts > 0 ? attempts : DEFAULT_RETRY.attempts,
    delaysMs: delays.length > 0 ? delays : DEFAULT_RETRY.delaysMs,
  };
}

export function delayBefore(policy: RetryPolicy, attempt: number): number {
  // attempt counts from 1; the first try does not wait.
  if (attempt <= 1) return 0;
  const index = Math.min(attempt - 2, policy.delaysMs.length - 1);
  return policy.delaysMs[index] ?? 0;
}

/** `<hash@mdd>` from the archived monitor and the address: the same on every resend. */
export function messageIdFor(archiveId: number, email: string, host = 'mdd.local'): string {
  const hash = createHash('sha256').update(`${archiveId}\n${email}`).digest('hex').slice(0, 32);
  return `<monitor-${archiveId}-${hash}@${host}>`;
}

export function ratingWords(tile: Tile): string {
  return RATING_LABELS[tile.rating];
}

/** The tiles whose rating differs from the previous quarter's tile with the same id. */
export function changedTiles(current: Tile[], previous: Tile[]): { tile: Tile; before: Tile }[] {
  const before = new Map(previous.map((tile) => [tile.id, tile]));
  return current.flatMap((tile) => {
    const old = before.get(tile.id);
    return old && old.rating !== tile.rating ? [{ tile, before: old }] : [];
  });
}

export interface MonitorMailInput {
  report: Report;
  to: string;
  pdf: Buffer;
  unsubscribeUrl: string;
  portalUrl: string;
  messageId: string;
  previous: { quarter: string; tiles: Tile[] } | null;
  quarter: string;
}

export function monitorMail(input: MonitorMailInput): OutgoingMail {
  const { report, previous } = input;
  const tiles = report.summary.flatMap((group) => group.tiles);
  const name = report.municipality.name;
  const lines = [
    'Goedendag,',
    '',
    `Hierbij de Monitor Doelgerichte Digitalisering van gemeente ${name} voor ` +
      `${input.quarter}, peildatum ${report.referenceDateText}. Het volledige rapport staat ` +
      'in de bijlage (PDF).',
    '',
    'De beoordelingen:',
    ...tiles.map((tile) => `- ${tile.label}: ${ratingWords(tile)}`),
    '',
    ...changesText(tiles, previous),
    '',
    `U kunt de monitor ook bekijken in het portaal: ${input.portalUrl}`,
    '',
    'Met vriendelijke groet,',
    'Het monitorteam',
    '',
    `U ontvangt deze e-mail omdat u bent aangemeld voor de monitor van ${name}.`,
    `Afmelden: ${input.unsubscribeUrl}`,
  ];
  return {
    to: input.to,
    subject: `Monitor Doelgerichte Digitalisering ${name}, ${input.quarter} (peildatum ${report.referenceDateText})`,
    text: lines.join('\n'),
    messageId: input.messageId,
    headers: { 'List-Unsubscribe': `<${input.unsubscribeUrl}>` },
    attachments: [
      {
        filename: `${report.municipality.code}-${report.referenceDate}.pdf`,
        content: input.pdf,
        contentType: 'application/pdf',
      },
    ],
  };
}

function changesText(tiles: Tile[], previous: MonitorMailInput['previous']): string[] {
  if (!previous) return ['Er is geen eerdere monitor om mee te vergelijken.'];
  const changed = changedTiles(tiles, previous.tiles);
  if (changed.length === 0) return [`Geen beoordeling is veranderd sinds ${previous.quarter}.`];
  return [
    `Veranderd sinds ${previous.quarter}:`,
    ...changed.map(
      ({ tile, before }) => `- ${tile.label}: was ${ratingWords(before)}, nu ${ratingWords(tile)}`,
    ),
  ];
}

export function heldMail(
  to: string[],
  quarter: string,
  held: { municipality: string; reason: string }[],
  teamUrl: string,
): OutgoingMail {
  return {
    to,
    subject: `Monitor ${quarter}: ${held.length} ${held.length === 1 ? 'monitor' : 'monitors'} tegengehouden`,
    text: [
      `Bij de productie van ${quarter} zijn deze monitors niet verstuurd, omdat een onderdeel`,
      'niet kon worden berekend of opgemaakt:',
      '',
      ...held.map((item) => `- ${item.municipality}: ${item.reason}`),
      '',
      `Zie ${teamUrl}. Na herstel maakt een nieuwe run van "mdd produce --quarter ${quarter}"`,
      'deze monitors alsnog en verstuurt ze.',
    ].join('\n'),
  };
}
