import type { Insertable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, MailOutboxTable } from "../../db/database.ts";
import { nowIso } from "../../lib/time.ts";

/** The claim: of two instances (or a run and its retry) writing the same dedupe key, only one row results. */
export async function insertMailIfAbsent(
  scope: CentreScope,
  row: Insertable<MailOutboxTable>,
): Promise<boolean> {
  const result = await scope
    .insertInto("mail_outbox", row)
    .onConflict((conflict) => conflict.column("dedupe_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export const findMail = (scope: CentreScope, id: string) =>
  scope.selectFrom("mail_outbox").selectAll().where("mail_outbox.id", "=", id).executeTakeFirst();

/** `queued` → `sending` as one conditional update: only one caller may hand a mail to the server. */
export async function markSending(scope: CentreScope, id: string): Promise<boolean> {
  const result = await scope
    .updateTable("mail_outbox")
    .set({ status: "sending" })
    .where("mail_outbox.id", "=", id)
    .where("mail_outbox.status", "=", "queued")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function finishMail(
  scope: CentreScope,
  id: string,
  status: "sent" | "failed" | "held",
  error: string | null = null,
) {
  await scope
    .updateTable("mail_outbox")
    .set({ status, error, sent_at: status === "sent" ? nowIso() : null })
    .where("mail_outbox.id", "=", id)
    .execute();
}

export const listOutbox = (
  scope: CentreScope,
  options: { before: { at: string; id: string } | undefined; limit: number },
) => {
  let query = scope.selectFrom("mail_outbox").selectAll();
  if (options.before) {
    const { at, id } = options.before;
    query = query.where((eb) =>
      eb.or([
        eb("mail_outbox.created_at", "<", at),
        eb.and([eb("mail_outbox.created_at", "=", at), eb("mail_outbox.id", "<", id)]),
      ]),
    );
  }
  return query
    .orderBy("mail_outbox.created_at", "desc")
    .orderBy("mail_outbox.id", "desc")
    .limit(options.limit)
    .execute();
};

export const isUnsubscribed = async (db: DbOrTx, recipientKey: string, kind: string) =>
  !!(await db
    .selectFrom("mail_unsubscribes")
    .select("kind")
    .where("recipient_key", "=", recipientKey)
    .where("kind", "=", kind)
    .executeTakeFirst());

export const unsubscribedKinds = async (db: DbOrTx, recipientKey: string) =>
  (
    await db
      .selectFrom("mail_unsubscribes")
      .select("kind")
      .where("recipient_key", "=", recipientKey)
      .execute()
  ).map((row) => row.kind);

export async function unsubscribe(db: DbOrTx, recipientKey: string, kind: string) {
  await db
    .insertInto("mail_unsubscribes")
    .values({ recipient_key: recipientKey, kind, unsubscribed_at: nowIso() })
    .onConflict((conflict) => conflict.columns(["recipient_key", "kind"]).doNothing())
    .execute();
}

export async function resubscribe(db: DbOrTx, recipientKey: string, kind: string) {
  await db
    .deleteFrom("mail_unsubscribes")
    .where("recipient_key", "=", recipientKey)
    .where("kind", "=", kind)
    .execute();
}

export const languageOf = async (db: DbOrTx, userId: string) =>
  (await db.selectFrom("mail_settings").select("language").where("user_id", "=", userId).executeTakeFirst())
    ?.language;

export async function setLanguage(db: DbOrTx, userId: string, language: string) {
  await db
    .insertInto("mail_settings")
    .values({ user_id: userId, language, updated_at: nowIso() })
    .onConflict((conflict) => conflict.column("user_id").doUpdateSet({ language, updated_at: nowIso() }))
    .execute();
}
