/**
 * SMTP failures are retried with backoff: a server that refuses the first transaction with a
 * 4xx, and a server that is not listening yet at the first attempt. Both end delivered, with
 * the attempts in the delivery log.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listDeliveries } from '../../src/delivery/log.ts';
import { createTransport } from '../../src/delivery/mail.ts';
import { produceQuarter } from '../../src/delivery/produce.ts';
import { addSubscriber } from '../../src/delivery/subscribers.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';
import { freePort, recipientsOf, startSmtp, type TestSmtp } from './helpers.ts';

describe('retrying SMTP failures', () => {
  let test: TestStore;
  let smtp: TestSmtp;

  afterEach(async () => {
    await smtp.close();
    await test.close();
  });

  it('retries a 451 refusal after the backoff and then delivers', async () => {
    test = await openGoldenTestStore();
    smtp = await startSmtp({ rejectFirst: 1 });
    await addSubscriber(test.store, 'GM0441', 'medewerker@schagen.nl', 'request');
    const waits: number[] = [];
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    const result = await produceQuarter(
      {
        store: test.store,
        transport,
        baseUrl: 'http://portaal.test',
        retry: { attempts: 3, delaysMs: [15, 40] },
        sleep: async (ms) => {
          waits.push(ms);
        },
      },
      '2017Q1',
    );
    transport.close();
    expect(smtp.refused).toBe(1);
    expect(waits).toEqual([15]);
    expect(recipientsOf(smtp.mails)).toEqual(['medewerker@schagen.nl']);
    expect(result.municipalities[0]?.recipients).toEqual([
      { email: 'medewerker@schagen.nl', outcome: 'sent', attempts: 2, detail: null },
    ]);
    const [row] = await listDeliveries(test.store);
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  }, 60_000);

  it('retries a refused connection until the server listens', async () => {
    test = await openGoldenTestStore();
    const port = await freePort();
    smtp = await startSmtp({ port, listening: false });
    await addSubscriber(test.store, 'GM0441', 'medewerker@schagen.nl', 'request');
    const errors: string[] = [];
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    await produceQuarter(
      {
        store: test.store,
        transport,
        baseUrl: 'http://portaal.test',
        retry: { attempts: 3, delaysMs: [15, 40] },
        // The server comes up during the backoff, as a mail server back from a restart would.
        sleep: () => smtp.listen(),
        log: (line) => {
          if (line.includes('mislukt')) errors.push(line);
        },
      },
      '2017Q1',
    );
    transport.close();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/poging 1 mislukt.*ECONNREFUSED/);
    expect(recipientsOf(smtp.mails)).toEqual(['medewerker@schagen.nl']);
    const [row] = await listDeliveries(test.store);
    expect(row).toMatchObject({ status: 'sent', attempts: 2 });
  }, 60_000);

  it('gives up after the last attempt, marks the address failed, and a later run finishes it', async () => {
    test = await openGoldenTestStore();
    smtp = await startSmtp({ rejectFirst: 3 });
    await addSubscriber(test.store, 'GM0441', 'medewerker@schagen.nl', 'request');
    const deps = {
      store: test.store,
      transport: await createTransport({ MDD_SMTP_URL: smtp.url }),
      baseUrl: 'http://portaal.test',
      retry: { attempts: 2, delaysMs: [1] },
    };
    const first = await produceQuarter(deps, '2017Q1');
    expect(first.municipalities[0]?.recipients[0]?.outcome).toBe('failed');
    expect((await listDeliveries(test.store))[0]).toMatchObject({ status: 'failed', attempts: 2 });
    expect(smtp.mails).toHaveLength(0);
    // At the cap the row stays failed: a rerun with the same cap leaves it alone...
    await produceQuarter(deps, '2017Q1');
    expect(smtp.refused).toBe(2);
    // ...and a rerun allowing more attempts sends it.
    await produceQuarter({ ...deps, retry: { attempts: 4, delaysMs: [1] } }, '2017Q1');
    deps.transport.close();
    expect(recipientsOf(smtp.mails)).toEqual(['medewerker@schagen.nl']);
    expect((await listDeliveries(test.store))[0]).toMatchObject({ status: 'sent', attempts: 4 });
  }, 60_000);
});
