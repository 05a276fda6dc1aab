/**
 * Sending mail: over SMTP when `MDD_SMTP_URL` is set, otherwise (development) as `.eml` files
 * in `var/mail/`, with the sign-in link also printed so a developer can sign in at once.
 */
export interface MailAttachment {
  filename: string;
  content: Buffer | string;
  contentType?: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Where development mail goes when no SMTP server is configured. */
export const DEV_MAIL_DIR = 'var/mail';

/**
 * The mailer for `env`: SMTP to `MDD_SMTP_URL` (e.g. smtp://localhost:2525) with sender
 * `MDD_MAIL_FROM`, else the development mailer.
 */
export async function createMailer(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => console.log(line),
): Promise<Mailer> {
  const from = env.MDD_MAIL_FROM || 'Monitor Doelgerichte Digitalisering <monitor@localhost>';
  const url = env.MDD_SMTP_URL;
  if (url) {
    const { default: nodemailer } = await import('nodemailer');
    const transport = nodemailer.createTransport(url);
    return {
      async send(message) {
        await transport.sendMail({ from, ...message });
      },
    };
  }
  return createDevMailer(env.MDD_MAIL_DIR || DEV_MAIL_DIR, from, log);
}

/**
 * Development: each mail becomes an `.eml` file (open it in any mail program) and its links
 * are logged, so a developer on a fresh machine signs in without a mail server.
 */
export async function createDevMailer(
  dir: string,
  from: string,
  log: (line: string) => void,
): Promise<Mailer> {
  const { default: nodemailer } = await import('nodemailer');
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { join, resolve } = await import('node:path');
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  let counter = 0;
  return {
    async send(message) {
      const info = await transport.sendMail({ from, ...message });
      await mkdir(dir, { recursive: true });
      counter += 1;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const safeTo = message.to.replace(/[^a-zA-Z0-9@._-]/g, '_');
      const path = resolve(join(dir, `${stamp}-${counter}-${safeTo}.eml`));
      await writeFile(path, info.message as Buffer);
      log(`E-mail aan ${message.to} opgeslagen in ${path}`);
      for (const link of message.text.match(/https?:\/\/\S+/g) ?? []) {
        log(`  link: ${link}`);
      }
    },
  };
}
