import type { Context } from "hono";
import type { ConsentPurpose } from "#shared/reference/cases.ts";
import type { ActorContext, AppEnv, AuditEvent } from "../../app-env.ts";
import { conflict } from "../../lib/errors.ts";
import { type Disclosure, type DisclosureChannel, disclosureChannels } from "./disclosure-channels.ts";

/**
 * Every way person data leaves the server as a file passes this gate (issue 14, item 7): the channel names its
 * recipient and legal basis, the content is the least that recipient needs (built by the channel's own mapper),
 * and the read audit entry naming every person in it is committed before the gate hands out its `Disclosure`.
 * Only `sendFile` turns a `Disclosure` into a response, and the API refuses any file answer without one
 * (`refuseUndisclosedFiles`), so a new channel cannot skip the gate.
 *
 * JSON answers of the API are the `api` channel: each route audits its reads (the read-audit coverage test walks
 * them) and the employer channel builds its content in `placements/employer-view.ts`.
 */
const disclosure = (channel: DisclosureChannel, personIds: readonly string[]) =>
  ({ channel, personIds }) as Disclosure;

/** Commits the audit entry naming the persons in the content, then lets the content leave through `channel`. */
export async function disclose(
  context: ActorContext,
  channel: Exclude<DisclosureChannel, "statistics_file">,
  event: AuditEvent & { personIds: readonly string[] },
): Promise<Disclosure> {
  await context.recordRead({
    ...event,
    details: { ...event.details, channel, recipient: disclosureChannels[channel].recipient },
  });
  return disclosure(channel, event.personIds);
}

/** Aggregate figures whose cells were suppressed upstream: no person leaves, so nothing is audited. */
export const discloseAggregate = (): Disclosure => disclosure("statistics_file", []);

export type FileContent = {
  body: string | Uint8Array | ReadableStream<Uint8Array>;
  contentType: string;
  fileName: string;
  /** Bytes of a streamed body, sent as Content-Length. */
  sizeBytes?: number;
};

const asciiFileName = (name: string) => name.replace(/[^\w.-]/g, "_");

/** RFC 6266: the ASCII fallback, and the real name (umlauts, accents) as `filename*` where it differs. */
function contentDisposition(fileName: string) {
  const fallback = asciiFileName(fileName);
  if (fallback === fileName) return `attachment; filename="${fallback}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The one way an API route answers a file: always a download, never rendered, never sniffed. */
export function sendFile(c: Context<AppEnv>, passed: Disclosure, file: FileContent) {
  c.set("disclosure", passed);
  const body =
    typeof file.body === "string" || file.body instanceof ReadableStream
      ? file.body
      : (file.body as Uint8Array<ArrayBuffer>);
  return c.body(body, 200, {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    ...(file.sizeBytes !== undefined && { "Content-Length": String(file.sizeBytes) }),
  });
}

/**
 * A preview the server re-encoded from an image (document-preview.ts): shown inline as an `<img>`, never a page.
 * Only our own WebP goes this way, so no uploaded byte is rendered; nosniff and the sandbox hold all the same.
 */
export function sendPreview(c: Context<AppEnv>, passed: Disclosure, image: Uint8Array, contentType: string) {
  c.set("disclosure", passed);
  return c.body(image as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": contentType,
    "Content-Disposition": 'inline; filename="vorschau.webp"',
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cache-Control": "private, no-store",
    "Content-Length": String(image.byteLength),
  });
}

/**
 * Mails leave the server by this gate too (issue 18, decision 0040): each kind names its recipient, legal basis
 * and the consent every person it concerns must have given. The content is initials and a link at most.
 */
export const mailChannels = {
  /** The advisor's daily digest: their own tasks, permits, documents, ESF+ results and appointments. */
  advisor_digest: {
    recipient: "advisor_mailbox",
    legalBasis: "Art. 6 Abs. 1 lit. e DSGVO (Beratungsauftrag), Initialen statt Namen",
    consent: null,
  },
  /** An employer's users learn that a candidate was proposed or an interview booked: a pseudonym and a link. */
  employer_notice: {
    recipient: "employer",
    legalBasis: "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung), Pseudonym statt Namen",
    consent: "employer_sharing",
  },
  /** The person's own appointment confirmation, sent on an advisor's request. */
  appointment_confirmation: {
    recipient: "data_subject",
    legalBasis: "Art. 6 Abs. 1 lit. a DSGVO (Einwilligung in die Beratung)",
    consent: "counselling",
  },
} as const satisfies Record<
  string,
  { recipient: string; legalBasis: string; consent: ConsentPurpose | null }
>;
export type MailChannel = keyof typeof mailChannels;

declare const mailPassedTheGate: unique symbol;
/** Proof that a mail's audit entry is committed; only `discloseMail` makes one, and only the mailer takes one. */
export type MailDisclosure = {
  readonly channel: MailChannel;
  readonly personIds: readonly string[];
  readonly [mailPassedTheGate]: true;
};

/** Who records the entry: a request's read audit, or a job's direct write (the job has no request). */
export type AuditRecorder = { recordRead: (event: AuditEvent) => Promise<void> };

/** Refuses with 409 when a person lacks the channel's consent, else commits the entry naming every person. */
export async function discloseMail(
  recorder: AuditRecorder,
  channel: MailChannel,
  event: AuditEvent & { personIds: readonly string[] },
  hasConsent: (personId: string, purpose: ConsentPurpose) => Promise<boolean>,
): Promise<MailDisclosure> {
  const { consent, recipient } = mailChannels[channel];
  if (consent)
    for (const personId of event.personIds)
      if (!(await hasConsent(personId, consent)))
        throw conflict("no_mail_consent", "Ohne die Einwilligung der Person geht keine E-Mail hinaus", {
          purpose: consent,
          personId,
        });
  await recorder.recordRead({ ...event, details: { ...event.details, channel, recipient } });
  return { channel, personIds: event.personIds } as MailDisclosure;
}
