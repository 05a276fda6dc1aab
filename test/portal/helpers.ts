/**
 * A portal on a real store of its own (SQLite, or PostgreSQL under MDD_TEST_DATABASE) with the
 * golden delivery imported, a mailer that keeps what it sends, and a clock the test moves.
 */
import { createPortal } from '../../src/portal/app.ts';
import type { PortalConfig } from '../../src/portal/context.ts';
import type { Mailer, MailMessage } from '../../src/portal/mail.ts';
import { createSharedPrinter, type SharedPrinter } from '../../src/portal/printer.ts';
import type { Store } from '../../src/store/open.ts';
import { openGoldenTestStore } from '../helpers/test-store.ts';

export const BASE_URL = 'http://portal.test';

export const TEST_CONFIG: PortalConfig = {
  baseUrl: BASE_URL,
  secureCookies: false,
  loginTtlMinutes: 15,
  sessionTtlHours: 8,
  maxUploadBytes: 10 * 1024 * 1024,
  // Tests sign in many times; the limits themselves are tested with the defaults.
  linkLimits: { perAddress: 1000, perClient: 1000, windowMinutes: 15 },
};

export class CapturingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

/** The default printer opens Chromium only when a test downloads a PDF; closed with the portal. */
export interface TestPortal {
  app: ReturnType<typeof createPortal>;
  store: Store;
  mailer: CapturingMailer;
  clock: { now: Date };
  close(): Promise<void>;
}

export async function makePortal(
  config: Partial<PortalConfig> = {},
  printer: SharedPrinter = createSharedPrinter(),
): Promise<TestPortal> {
  const { store, close } = await openGoldenTestStore();
  const mailer = new CapturingMailer();
  const clock = { now: new Date('2017-02-01T09:00:00Z') };
  const app = createPortal({
    store,
    mailer,
    config: { ...TEST_CONFIG, ...config },
    now: () => clock.now,
    printer,
  });
  return {
    app,
    store,
    mailer,
    clock,
    async close() {
      await printer.close();
      await close();
    },
  };
}

/** Headers of a browser on the portal's own origin posting a form. */
export function formHeaders(cookie?: string): Record<string, string> {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    origin: BASE_URL,
    ...(cookie ? { cookie } : {}),
  };
}

export function requestLink(portal: TestPortal, email: string, extra: Record<string, string> = {}) {
  return portal.app.request('/inloggen', {
    method: 'POST',
    headers: { ...formHeaders(), ...extra },
    body: new URLSearchParams({ email }).toString(),
  });
}

/** The token in the last link mailed to `email`. */
export function lastToken(portal: TestPortal, email: string): string {
  const mail = portal.mailer.sent.filter((m) => m.to === email).at(-1);
  const match = mail ? /\/inloggen\/bevestigen\?token=([A-Za-z0-9_-]+)/.exec(mail.text) : null;
  if (!match?.[1]) throw new Error(`no sign-in link mailed to ${email}`);
  return match[1];
}

export function confirmToken(portal: TestPortal, token: string, cookie?: string) {
  return portal.app.request('/inloggen/bevestigen', {
    method: 'POST',
    headers: formHeaders(cookie),
    body: new URLSearchParams({ token }).toString(),
  });
}

/** `name=value` of the cookie `name` set by `response`, or null. */
export function cookieFrom(response: Response, name: string): string | null {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${name}=`)) return pair;
  }
  return null;
}

export interface SignedIn {
  email: string;
  cookie: string;
  csrf: string;
}

/** Signs `email` in through the real link flow; returns its cookie and CSRF token. */
export async function signIn(portal: TestPortal, email: string): Promise<SignedIn> {
  const asked = await requestLink(portal, email);
  if (asked.status !== 200) throw new Error(`link request answered ${asked.status}`);
  const confirmed = await confirmToken(portal, lastToken(portal, email));
  const cookie = cookieFrom(confirmed, 'mdd_session');
  if (confirmed.status !== 303 || !cookie) throw new Error(`sign-in answered ${confirmed.status}`);
  const home = await portal.app.request('/inloggen/nergens', { headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await home.text())?.[1];
  if (!csrf) throw new Error('no CSRF token on the page');
  return { email, cookie, csrf };
}

export async function addTeamMember(portal: TestPortal, email: string, role: 'team' | 'admin') {
  await portal.store.db
    .insertInto('team_members')
    .values({ email, role, added_at: portal.clock.now.toISOString() })
    .execute();
}
