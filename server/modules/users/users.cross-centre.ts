import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";

/** Sign-in happens before any centre is known, so this lookup is by e-mail across centres. */
export async function findCredentialsByEmail(db: DbOrTx, email: string) {
  return crossCentre(db, "sign-in")
    .selectFrom("users")
    .innerJoin("centres", "centres.id", "users.centre_id")
    .select([
      "users.id",
      "users.centre_id",
      "users.email",
      "users.role",
      "users.password_hash",
      "users.active",
      "centres.second_factor_required",
    ])
    .where("users.email", "=", email)
    .executeTakeFirst();
}

/** E-mail addresses are unique across the region, not per centre. */
export async function emailTaken(db: DbOrTx, email: string): Promise<boolean> {
  const row = await crossCentre(db, "sign-in")
    .selectFrom("users")
    .select("id")
    .where("email", "=", email)
    .executeTakeFirst();
  return row !== undefined;
}

/** Right after sign-in, before the session (and its actor) exists. */
export async function markLogin(db: DbOrTx, id: string, now: string): Promise<void> {
  await crossCentre(db, "sign-in")
    .updateTable("users")
    .set({ last_login_at: now })
    .where("id", "=", id)
    .execute();
}
