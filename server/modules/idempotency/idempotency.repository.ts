import type { DbOrTx } from "../../db/database.ts";

export type IdempotencyRecord = {
  request: string;
  body_hash: string;
  status: number | null;
  response_body: string | null;
  created_at: string;
};

export const findIdempotencyKey = (db: DbOrTx, userId: string, key: string) =>
  db
    .selectFrom("idempotency_keys")
    .select(["request", "body_hash", "status", "response_body", "created_at"])
    .where("user_id", "=", userId)
    .where("key", "=", key)
    .executeTakeFirst();

/** Reserves the key (status null); false when a row for (user, key) exists already. */
export async function reserveIdempotencyKey(
  db: DbOrTx,
  row: { user_id: string; key: string; request: string; body_hash: string; created_at: string },
): Promise<boolean> {
  const result = await db
    .insertInto("idempotency_keys")
    .values({ ...row, status: null, response_body: null })
    .onConflict((conflict) => conflict.columns(["user_id", "key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export const completeIdempotencyKey = (
  db: DbOrTx,
  userId: string,
  key: string,
  answer: { status: number; response_body: string },
) =>
  db
    .updateTable("idempotency_keys")
    .set(answer)
    .where("user_id", "=", userId)
    .where("key", "=", key)
    .execute();

export const releaseIdempotencyKey = (db: DbOrTx, userId: string, key: string) =>
  db
    .deleteFrom("idempotency_keys")
    .where("user_id", "=", userId)
    .where("key", "=", key)
    .where("status", "is", null)
    .execute();

/** Drops a reservation left behind by a request that never finished (crash), if it is still the same one. */
export const releaseAbandonedIdempotencyKey = (db: DbOrTx, userId: string, key: string, createdAt: string) =>
  db
    .deleteFrom("idempotency_keys")
    .where("user_id", "=", userId)
    .where("key", "=", key)
    .where("status", "is", null)
    .where("created_at", "=", createdAt)
    .execute();

export async function deleteIdempotencyKeysBefore(db: DbOrTx, before: string): Promise<number> {
  const result = await db.deleteFrom("idempotency_keys").where("created_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
