/**
 * A portal on a real SQLite store in a temp folder with the golden delivery imported, a mailer
 * that keeps what it sends, and a clock the test moves.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortal } from '../../src/portal/app.ts';
import type { PortalConfig } from '../../src/portal/context.ts';
import type { Mailer, MailMessage } from '../../src/portal/mail.ts';
import { importDelivery } from '../../src/store/import.ts';
import { openStore, type Store } from '../../src/store/open.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';

export const BASE_URL = 'http://portal.test';

export const TEST_CONFIG: PortalConfig = {
  baseUrl: BASE_URL,
  secureCookies: false,
  loginTtlMinutes: 15,
  sessionTtlHours: 8,
  maxUploadBytes: 10 * 1024 * 1024,
};

export class CapturingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

let goldenStore: Promise<string> | null = null;

/** The golden delivery imported once per test file; each portal gets its own copy. */
async function goldenDatabase(): Promise<string> {
  goldenStore ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mdd-portal-golden-'));
    const path = join(dir, 'golden.sqlite');
    const store = await openStore(path);
    const outcome = await importDelivery(store, GOLDEN_FOLDER);
    await store.close();
    if (!outcome.ok) throw new Error('golden delivery did not import');
    return path;
  })();
  return goldenStore;
}

export interface TestPortal {
  app: ReturnType<typeof createPortal>;
  store: Store;
  mailer: CapturingMailer;
  clock: { now: Date };
  close(): Promise<void>;
}

export async function makePortal(config: Partial<PortalConfig> = {}): Promise<TestPortal> {
  const dir = await mkdtemp(join(tmpdir(), 'mdd-portal-'));
  const path = join(dir, 'portal.sqlite');
  await copyFile(await goldenDatabase(), path);
  const store = await openStore(path);
  const mailer = new CapturingMailer();
  const clock = { now: new Date('2017-02-01T09:00:00Z') };
  const app = createPortal({
    store,
    mailer,
    config: { ...TEST_CONFIG, ...config },
    now: () => clock.now,
  });
  return {
    app,
    store,
    mailer,
    clock,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
