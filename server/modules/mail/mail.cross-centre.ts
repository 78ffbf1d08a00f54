import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";

export type MailRecipientRow = {
  id: string;
  email: string;
  name: string;
  centre_id: string;
  language: string | null;
};

const activeUsers = (db: DbOrTx) =>
  db
    .selectFrom("users")
    .leftJoin("mail_settings", "mail_settings.user_id", "users.id")
    .select(["users.id", "users.email", "users.name", "users.centre_id", "mail_settings.language"])
    .where("users.active", "=", 1);

/** The digest goes to every active advisor of every centre; the job has no actor and no centre. */
export const listDigestRecipients = (db: DbOrTx): Promise<MailRecipientRow[]> =>
  activeUsers(crossCentre(db, "background-job"))
    .where("users.role", "=", "advisor")
    .orderBy("users.id")
    .execute();

/** An employer's users may sit at another centre than the candidate's advisor. */
export const listEmployerRecipients = (db: DbOrTx, companyId: string): Promise<MailRecipientRow[]> =>
  activeUsers(crossCentre(db, "employer-portal"))
    .where("users.role", "=", "employer")
    .where("users.company_id", "=", companyId)
    .orderBy("users.id")
    .execute();

/** The gate's consent check; a person id names one centre's person, whichever centre asks. */
export const hasActiveConsent = async (db: DbOrTx, personId: string, purpose: string) =>
  !!(await crossCentre(db, "background-job")
    .selectFrom("person_consents")
    .select("person_consents.id")
    .where("person_consents.person_id", "=", personId)
    .where("person_consents.purpose", "=", purpose)
    .where("person_consents.withdrawn_on", "is", null)
    .executeTakeFirst());

/** Mails claimed but never handed over (their instance stopped in between): the daily job delivers them. */
export const listQueuedMails = (db: DbOrTx) =>
  crossCentre(db, "background-job")
    .selectFrom("mail_outbox")
    .select(["mail_outbox.id", "mail_outbox.centre_id"])
    .where("mail_outbox.status", "=", "queued")
    .orderBy("mail_outbox.created_at")
    .limit(1000)
    .execute();
