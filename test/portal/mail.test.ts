/** The mailers: SMTP to a real server started here, and the development `.eml` mailer. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/portal/mail.ts';
import { loginMail } from '../../src/portal/routes/auth.ts';

describe('SMTP mailer', () => {
  const received: string[] = [];
  let server: SMTPServer;
  let port = 0;
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the Dutch sign-in mail over SMTP when MDD_SMTP_URL is set', async () => {
    const mailer = await createMailer(
      { MDD_SMTP_URL: `smtp://127.0.0.1:${port}`, MDD_MAIL_FROM: 'Monitor <monitor@voorbeeld.nl>' },
      () => {},
    );
    const link = 'http://portal.test/inloggen/bevestigen?token=abc';
    await mailer.send(loginMail('medewerker@schagen.nl', link, 15));
    expect(received).toHaveLength(1);
    const parsed = await simpleParser(received[0] ?? '');
    expect(parsed.subject).toBe('Uw inloglink voor de Monitor Doelgerichte Digitalisering');
    expect(parsed.from?.text).toContain('monitor@voorbeeld.nl');
    expect(parsed.text).toContain(link);
    expect(parsed.text).toContain('één keer');
  });
});

describe('development mailer', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mdd-portal-mail-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes an .eml file and logs the link when no SMTP server is configured', async () => {
    const lines: string[] = [];
    const mailer = await createMailer({ MDD_MAIL_DIR: dir }, (line) => lines.push(line));
    const link = 'http://localhost:8080/inloggen/bevestigen?token=xyz';
    await mailer.send(loginMail('medewerker@schagen.nl', link, 15));
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/medewerker@schagen\.nl\.eml$/);
    const parsed = await simpleParser(await readFile(join(dir, files[0] ?? '')));
    expect(parsed.to && 'text' in parsed.to ? parsed.to.text : '').toBe('medewerker@schagen.nl');
    expect(parsed.text).toContain(link);
    expect(lines).toContain(`  link: ${link}`);
  });
});
