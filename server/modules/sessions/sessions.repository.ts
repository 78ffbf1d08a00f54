import type { Insertable, Selectable } from "kysely";
import type { DbOrTx, SessionsTable } from "../../db/database.ts";

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(db: DbOrTx, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

export async function touchSession(db: DbOrTx, id: string, lastSeenAt: string, idleExpiresAt: string) {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: lastSeenAt, idle_expires_at: idleExpiresAt })
    .where("id", "=", id)
    .execute();
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

export async function deleteExpiredSessions(db: DbOrTx, now: string): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("idle_expires_at", "<", now), eb("absolute_expires_at", "<", now)]))
    .execute();
}
