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
