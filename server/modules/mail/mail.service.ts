import type { MailKind, MailLanguage, MailSent } from "#shared/schemas/mail.ts";
import type { Config } from "../../config.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { DbOrTx } from "../../db/database.ts";
import { newId } from "../../lib/ids.ts";
import type { Logger } from "../../lib/logger.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { type AuditRecorder, discloseMail } from "../disclosure/disclosure-gate.ts";
import { hasActiveConsent } from "./mail.cross-centre.ts";
import * as mails from "./mail.repository.ts";
import { type MailBody, renderMail } from "./mail-templates.ts";
import { createMailTransport, type Mailer } from "./mail-transport.ts";
import { unsubscribeToken } from "./unsubscribe-token.ts";

export type MailDraft = {
  /** The centre that sends it: its admin reads it in the outbox, its persons' access history names it. */
  centreId: string;
  kind: MailKind;
  /** The occasion, so a retry or a second instance finds the mail already claimed. */
  dedupeKey: string;
  recipientKey: string;
  to: string;
  language: MailLanguage;
  body: MailBody;
  personIds: string[];
};

export const userRecipient = (userId: string) => `user:${userId}`;
export const personRecipient = (personId: string) => `person:${personId}`;

export const unsubscribeUrl = (mailer: Mailer, recipientKey: string, kind: MailKind) =>
  `${mailer.appUrl}/unsubscribe?token=${unsubscribeToken(mailer.secret, { recipientKey, kind })}`;

/** What a job writes its audit entries as: no actor, the run's id as the request. */
export const jobRecorder = (db: DbOrTx, runId: string): AuditRecorder => ({
  recordRead: (event) => recordAudit(db, { actor: null, requestId: `job:${runId}`, ip: null }, event),
});

/**
 * Claims the mail by its dedupe key (the record of the send, written before it), then delivers it. Returns null
 * when the recipient unsubscribed from the kind or the mail was claimed before (by a run that is being retried).
 */
export async function sendMail(
  db: DbOrTx,
  mailer: Mailer,
  recorder: AuditRecorder,
  draft: MailDraft,
): Promise<MailSent | null> {
  if (await mails.isUnsubscribed(db, draft.recipientKey, draft.kind)) return null;
  const link = unsubscribeUrl(mailer, draft.recipientKey, draft.kind);
  const rendered = renderMail(draft.language, draft.body, link);
  const id = newId();
  const claimed = await mails.insertMailIfAbsent(centreScope(db, draft.centreId), {
    id,
    centre_id: draft.centreId,
    kind: draft.kind,
    dedupe_key: draft.dedupeKey,
    recipient_key: draft.recipientKey,
    to_address: draft.to,
    language: draft.language,
    subject: rendered.subject,
    text_body: rendered.text,
    html_body: rendered.html,
    person_ids: JSON.stringify(draft.personIds),
    status: "queued",
    created_at: nowIso(),
    sent_at: null,
    error: null,
  });
  if (!claimed) return null;
  return deliverMail(db, mailer, recorder, draft.centreId, id);
}

/**
 * `queued` → `sending` (one caller wins) → the gate (consent, audit entry committed) → the SMTP server. A mail
 * found `sending` after a crash is never sent again: the server may have taken it already.
 */
export async function deliverMail(
  db: DbOrTx,
  mailer: Mailer,
  recorder: AuditRecorder,
  centreId: string,
  id: string,
): Promise<MailSent> {
  const scope = centreScope(db, centreId);
  const row = await mails.findMail(scope, id);
  if (!row) throw new Error(`mail ${id} is missing`);
  if (!(await mails.markSending(scope, id))) return { id, status: row.status as MailSent["status"] };
  try {
    await discloseMail(
      recorder,
      row.kind as MailKind,
      {
        action: "mail.send",
        entity: "mail",
        entityId: id,
        centreId,
        details: { kind: row.kind, to: row.recipient_key },
        personIds: JSON.parse(row.person_ids) as string[],
      },
      (personId, purpose) => hasActiveConsent(db, personId, purpose),
    );
  } catch (error) {
    // Refused (or not audited): nothing left, and nothing stays claimed, so a later try may send it.
    await scope.deleteFrom("mail_outbox").where("mail_outbox.id", "=", id).execute();
    throw error;
  }
  if (!mailer.transport.delivers) {
    await mails.finishMail(scope, id, "held");
    return { id, status: "held" };
  }
  try {
    await mailer.transport.send({
      to: row.to_address,
      subject: row.subject,
      text: row.text_body,
      html: row.html_body,
      headers: {
        "List-Unsubscribe": `<${unsubscribeUrl(mailer, row.recipient_key, row.kind as MailKind)}>`,
        "Auto-Submitted": "auto-generated",
      },
    });
    await mails.finishMail(scope, id, "sent");
    return { id, status: "sent" };
  } catch (error) {
    mailer.logger.error("mail not sent", { id, kind: row.kind, error: String(error) });
    await mails.finishMail(scope, id, "failed", String(error).slice(0, 500));
    return { id, status: "failed" };
  }
}

/** Links in mails point at the configured public address (PUBLIC_ORIGIN), else at this instance. */
export const createMailer = (
  config: Pick<Config, "smtpUrl" | "mailFrom" | "sessionSecret" | "publicOrigin" | "port">,
  logger: Logger,
): Mailer => ({
  transport: createMailTransport(config),
  secret: config.sessionSecret,
  appUrl: config.publicOrigin ?? `http://localhost:${config.port}`,
  logger,
});

// The data other modules read and write through this module (its repository is private to it).
export const isUnsubscribed: typeof mails.isUnsubscribed = (...args) => mails.isUnsubscribed(...args);
