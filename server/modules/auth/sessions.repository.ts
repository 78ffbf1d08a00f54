import type { CompiledQuery } from "kysely";
import type { DbOrTx, SessionsTable } from "../../db/database.ts";

export type SessionRow = SessionsTable;

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

const lookupSessionQuery = (db: DbOrTx, id: string) =>
  db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .innerJoin("centres", "centres.id", "users.centre_id")
    .leftJoin("companies", "companies.id", "users.company_id")
    .select([
      "sessions.id as sessionId",
      "sessions.last_seen_at as lastSeenAt",
      "sessions.idle_expires_at as idleExpiresAt",
      "sessions.absolute_expires_at as absoluteExpiresAt",
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.active",
      "users.centre_id as centreId",
      "centres.name as centreName",
      "users.company_id as companyId",
      "companies.name as companyName",
      "sessions.second_factor_pending as secondFactorPending",
      "users.password_change_required as passwordChangeRequired",
      (eb) => eb("users.second_factor_secret", "is not", null).as("enrolled"),
    ])
    .where("sessions.id", "=", id);

type SessionWithUser = NonNullable<
  Awaited<ReturnType<ReturnType<typeof lookupSessionQuery>["executeTakeFirst"]>>
>;
const compiledLookups = new WeakMap<DbOrTx, CompiledQuery<SessionWithUser>>();

/**
 * Runs on every request, so the query is built and compiled once per database and then executed with
 * the session id as its only parameter.
 */
export async function findSessionWithUser(db: DbOrTx, id: string): Promise<SessionWithUser | undefined> {
  let compiled = compiledLookups.get(db);
  if (!compiled) {
    compiled = lookupSessionQuery(db, "").compile();
    if (compiled.parameters.length !== 1) throw new Error("session lookup must have exactly one parameter");
    compiledLookups.set(db, compiled);
  }
  const result = await db.executeQuery<SessionWithUser>({ ...compiled, parameters: [id] });
  return result.rows[0];
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
