/**
 * Running the portal on a port: @hono/node-server around `createPortal`, and a clean stop
 * (server, PDF browser) on SIGINT/SIGTERM.
 */
import { serve } from '@hono/node-server';
import type { Store } from '../store/open.ts';
import { createPortal, type PortalConfig } from './app.ts';
import type { Mailer } from './mail.ts';
import { createSharedPrinter } from './printer.ts';

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  store: Store;
  mailer: Mailer;
  config: PortalConfig;
  port: number;
  host: string;
}

export async function startPortal(options: StartOptions): Promise<RunningPortal> {
  const printer = createSharedPrinter();
  const app = createPortal({
    store: options.store,
    mailer: options.mailer,
    config: options.config,
    printer,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(started),
    );
    started.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive connections would hold the close open.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await printer.close();
    },
  };
}
