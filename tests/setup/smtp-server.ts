import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = ParsedMail & { envelopeTo: string[] };

/**
 * A real SMTP server on a loopback port for one test file: it accepts every mail, parses it with mailparser and
 * keeps it. `onMail` runs when a mail arrives, before the server answers the client (so a test can look at the
 * database at the moment of sending).
 */
export async function startSmtpServer(
  onMail: (mail: ReceivedMail) => Promise<void> | void = () => undefined,
) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const mail = Object.assign(parsed, {
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
          });
          await onMail(mail);
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The mails to one address so far. */
    to: (address: string) => received.filter((mail) => mail.envelopeTo.includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
