import type { CompiledQuery } from "kysely";
import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";

/** The session and its user, before any actor (and so any centre) is known. */
const lookupSessionQuery = (db: DbOrTx, id: string) =>
  crossCentre(db, "sign-in")
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
 * the session id as its only parameter. A compiled query runs without plugins, so the guard sees it once.
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
