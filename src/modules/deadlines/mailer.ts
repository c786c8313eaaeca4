import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Ids only: what the log may say about the message. */
  readonly tag: Readonly<Record<string, string>>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

interface MailLog {
  info(detail: Record<string, unknown>, message: string): void;
}

/**
 * E-mail through the SMTP server of `LINDUNG_SMTP_URL`. Without one (demo, development) messages
 * are built but not sent, and the log says only which ids a message was about: never the address,
 * the subject or the text.
 */
export function createMailer(config: Pick<Config, 'mail'>, log: MailLog): Mailer {
  const transport = config.mail.smtpUrl
    ? nodemailer.createTransport(config.mail.smtpUrl)
    : nodemailer.createTransport({ jsonTransport: true });
  const logged = !config.mail.smtpUrl;
  return {
    async send(mail) {
      await transport.sendMail({
        from: config.mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      log.info({ mail: logged ? 'logged_not_sent' : 'sent', ...mail.tag }, 'reminder e-mail');
    },
  };
}
