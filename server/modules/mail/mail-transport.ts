import nodemailer from "nodemailer";
import type { Config } from "../../config.ts";
import type { Logger } from "../../lib/logger.ts";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
};

/** Hands mails to the configured SMTP server; without `SMTP_URL` nothing leaves and the outbox keeps them. */
export type MailTransport = {
  readonly delivers: boolean;
  send: (mail: OutgoingMail) => Promise<void>;
  close: () => void;
};

const SMTP_TIMEOUT_MS = 15_000;

export function createMailTransport(config: Pick<Config, "smtpUrl" | "mailFrom">): MailTransport {
  if (!config.smtpUrl) return { delivers: false, send: async () => undefined, close: () => undefined };
  const url = new URL(config.smtpUrl);
  for (const [name, value] of [
    ["connectionTimeout", SMTP_TIMEOUT_MS],
    ["greetingTimeout", SMTP_TIMEOUT_MS],
    ["socketTimeout", SMTP_TIMEOUT_MS],
  ] as const)
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(value));
  const transporter = nodemailer.createTransport(url.toString());
  return {
    delivers: true,
    send: async (mail) => {
      await transporter.sendMail({ from: config.mailFrom, ...mail });
    },
    close: () => transporter.close(),
  };
}

/** What sends mail: the transport, the secret that signs unsubscribe links, and the app's address for links. */
export type Mailer = { transport: MailTransport; secret: string; appUrl: string; logger: Logger };
