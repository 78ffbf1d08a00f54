import { say } from "#shared/api/issue-messages.ts";
import "#shared/api/server-issue-messages.ts";
import type { Role } from "#shared/auth/roles.ts";
import {
  type MailKind,
  MailLanguageSchema,
  type MailSettings,
  type MailSettingsUpdate,
  type OutboxEntry,
  OutboxEntrySchema,
} from "#shared/schemas/mail.ts";
import type { ActorContext, RequestContext } from "../../app-env.ts";
import { scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { fieldError } from "../../lib/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";
import * as mails from "./mail.repository.ts";
import { userRecipient } from "./mail.service.ts";
import { readUnsubscribeToken } from "./unsubscribe-token.ts";

/** The kinds a user of each role receives, and so may unsubscribe from. */
const kindsOf: Record<Role, MailKind[]> = {
  advisor: ["advisor_digest"],
  employer: ["employer_notice"],
  admin: [],
  manager: [],
};

export async function getMailSettings(db: Db, context: ActorContext): Promise<MailSettings> {
  const recipientKey = userRecipient(context.actor.id);
  const off = new Set(await mails.unsubscribedKinds(db, recipientKey));
  return {
    language: MailLanguageSchema.catch("de").parse(await mails.languageOf(db, context.actor.id)),
    kinds: kindsOf[context.actor.role].map((kind) => ({ kind, subscribed: !off.has(kind) })),
  };
}

export async function updateMailSettings(
  db: Db,
  context: ActorContext,
  input: MailSettingsUpdate,
): Promise<MailSettings> {
  const own = kindsOf[context.actor.role];
  const foreign = input.unsubscribed?.findIndex((kind) => !own.includes(kind)) ?? -1;
  if (foreign >= 0) throw fieldError(`unsubscribed.${foreign}`, say("unknown_field"));
  const recipientKey = userRecipient(context.actor.id);
  await db.transaction().execute(async (trx) => {
    if (input.language) await mails.setLanguage(trx, context.actor.id, input.language);
    if (input.unsubscribed)
      for (const kind of own)
        if (input.unsubscribed.includes(kind)) await mails.unsubscribe(trx, recipientKey, kind);
        else await mails.resubscribe(trx, recipientKey, kind);
    await recordAudit(trx, context, {
      action: "mail_settings.update",
      entity: "user",
      entityId: context.actor.id,
      details: { language: input.language, unsubscribed: input.unsubscribed },
    });
  });
  return getMailSettings(db, context);
}

/** The signed link in every mail: no session needed, it names the mailbox and the kind it was sent for. */
export async function unsubscribeByToken(db: Db, secret: string, request: RequestContext, token: string) {
  const unsubscription = readUnsubscribeToken(secret, token);
  if (!unsubscription) throw fieldError("token", say("mail_link_invalid"));
  const { recipientKey, kind } = unsubscription;
  const [recipientType, recipientId] = recipientKey.split(":");
  await db.transaction().execute(async (trx) => {
    await mails.unsubscribe(trx, recipientKey, kind);
    await recordAudit(trx, request, {
      action: "mail.unsubscribe",
      entity: recipientType === "person" ? "person" : "user",
      entityId: recipientId ?? null,
      centreId: null,
      details: { kind },
    });
  });
  return { kind };
}

const toOutboxEntry = (row: Awaited<ReturnType<typeof mails.listOutbox>>[number]): OutboxEntry =>
  OutboxEntrySchema.parse({
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    language: row.language,
    subject: row.subject,
    text: row.text_body,
    status: row.status,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  });

/** The admin's outbox: every mail of the centre, newest first; the texts carry initials, so it is a read. */
export async function listOutboxPage(
  db: Db,
  context: ActorContext,
  query: { cursor?: string; limit: number },
) {
  const cursor = decodeCursor(query.cursor, 2);
  const rows = await mails.listOutbox(scopeOf(db, context.actor), {
    before: cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : undefined,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.created_at, row.id]);
  const personIds = [...new Set(page.items.flatMap((row) => JSON.parse(row.person_ids) as string[]))];
  await context.recordRead({
    action: "mail.outbox.list",
    entity: "mail",
    entityId: null,
    details: { returned: page.items.length },
    personIds,
  });
  return { items: page.items.map(toOutboxEntry), nextCursor: page.nextCursor };
}
