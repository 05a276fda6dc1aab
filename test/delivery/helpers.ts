/**
 * A real store with the golden delivery imported (see test/helpers/test-store.ts), and a real
 * SMTP server on loopback that parses what it receives.
 */
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestSmtp {
  port: number;
  url: string;
  mails: ParsedMail[];
  /** Transactions refused with a 4xx so far. */
  refused: number;
  /** Resolves when `count` mails have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  listen(): Promise<void>;
  close(): Promise<void>;
}

/**
 * An SMTP server on 127.0.0.1. `rejectFirst` transactions are refused with 451 (try again
 * later). With `port` and `listening: false` it only listens when `listen()` is called.
 */
export async function startSmtp(
  options: { rejectFirst?: number; port?: number; listening?: boolean } = {},
): Promise<TestSmtp> {
  const mails: ParsedMail[] = [];
  const state = { refused: 0 };
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 20 * 1024 * 1024,
    onMailFrom(_address, _session, callback) {
      if (state.refused < (options.rejectFirst ?? 0)) {
        state.refused += 1;
        const error = Object.assign(new Error('Tijdelijk niet beschikbaar'), { responseCode: 451 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          for (const waiter of waiters) if (mails.length >= waiter.count) waiter.resolve();
          callback();
        })
        .catch(callback);
    },
  });
  let port = options.port ?? 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server.listen(port, '127.0.0.1', () => {
        port = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  if (options.listening !== false) await listen();
  return {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    mails,
    get refused() {
      return state.refused;
    },
    waitFor(count, timeoutMs = 30_000) {
      if (mails.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`waited for ${count} mails, got ${mails.length}`)),
          timeoutMs,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    listen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A free loopback port, found by listening briefly. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function recipientsOf(mails: ParsedMail[]): string[] {
  return mails.flatMap((mail) => {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return to.flatMap((address) => address.value.map((v) => v.address ?? ''));
  });
}
