import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";
import { newId } from "../../lib/ids.ts";

/**
 * A user's own second factor, read and written while signing in, before the session has an actor (and so
 * a centre): the account is reached by its id alone. The reset after a confirmed staff request comes here
 * too, once the staff-request service has checked that the account is of the confirming centre.
 */
const signingIn = (db: DbOrTx) => crossCentre(db, "sign-in");

export async function findSecondFactor(db: DbOrTx, userId: string) {
  return signingIn(db)
    .selectFrom("users")
    .select([
      "users.id",
      "users.email",
      "users.second_factor_secret as secret",
      "users.second_factor_pending_secret as pendingSecret",
      "users.second_factor_last_step as lastStep",
    ])
    .where("users.id", "=", userId)
    .executeTakeFirst();
}

/** Atomic on both databases: of two sign-ins with the same code only one moves the step on. */
export async function claimStep(db: DbOrTx, userId: string, step: number): Promise<boolean> {
  const result = await signingIn(db)
    .updateTable("users")
    .set({ second_factor_last_step: step })
    .where("id", "=", userId)
    .where((eb) =>
      eb.or([eb("second_factor_last_step", "is", null), eb("second_factor_last_step", "<", step)]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function spendRecoveryCode(db: DbOrTx, userId: string, hash: string, now: string) {
  const result = await db
    .updateTable("recovery_codes")
    .set({ used_at: now })
    .where("user_id", "=", userId)
    .where("code_hash", "=", hash)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setPendingSecret(db: DbOrTx, userId: string, secret: string) {
  await signingIn(db)
    .updateTable("users")
    .set({ second_factor_pending_secret: secret })
    .where("id", "=", userId)
    .execute();
}

export async function activateSecret(db: DbOrTx, userId: string, secret: string, step: number) {
  await signingIn(db)
    .updateTable("users")
    .set({ second_factor_secret: secret, second_factor_pending_secret: null, second_factor_last_step: step })
    .where("id", "=", userId)
    .execute();
}

export async function replaceRecoveryCodes(db: DbOrTx, userId: string, hashes: string[]) {
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  if (hashes.length === 0) return;
  await db
    .insertInto("recovery_codes")
    .values(hashes.map((code_hash) => ({ id: newId(), user_id: userId, code_hash, used_at: null })))
    .execute();
}

export async function clearSecondFactor(db: DbOrTx, userId: string) {
  await signingIn(db)
    .updateTable("users")
    .set({ second_factor_secret: null, second_factor_pending_secret: null, second_factor_last_step: null })
    .where("id", "=", userId)
    .execute();
  await replaceRecoveryCodes(db, userId, []);
}

export async function unusedRecoveryCodeCount(db: DbOrTx, userId: string): Promise<number> {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
