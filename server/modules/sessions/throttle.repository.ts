import { sql } from "kysely";
import type { DbOrTx } from "../../db/database.ts";

export async function findThrottles(db: DbOrTx, keys: string[]) {
  if (keys.length === 0) return [];
  return db.selectFrom("login_throttle").selectAll().where("key", "in", keys).execute();
}

/** Atomic on both databases: a failure outside the window starts a new one. */
export async function countFailure(
  db: DbOrTx,
  key: string,
  now: string,
  windowStart: string,
): Promise<number> {
  await db
    .insertInto("login_throttle")
    .values({ key, failures: 1, window_started_at: now, blocked_until: null })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        failures: sql<number>`case when login_throttle.window_started_at < ${windowStart} then 1 else login_throttle.failures + 1 end`,
        window_started_at: sql<string>`case when login_throttle.window_started_at < ${windowStart} then ${now} else login_throttle.window_started_at end`,
      }),
    )
    .execute();
  const row = await db
    .selectFrom("login_throttle")
    .select("failures")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.failures ?? 1;
}

export async function blockUntil(db: DbOrTx, key: string, until: string): Promise<void> {
  await db.updateTable("login_throttle").set({ blocked_until: until }).where("key", "=", key).execute();
}

export async function clearThrottle(db: DbOrTx, key: string): Promise<void> {
  await db.deleteFrom("login_throttle").where("key", "=", key).execute();
}

/** Counters whose window and block have both ended carry no information any more. */
export async function deleteStaleThrottles(db: DbOrTx, windowStart: string, now: string): Promise<void> {
  await db
    .deleteFrom("login_throttle")
    .where("window_started_at", "<", windowStart)
    .where((eb) => eb.or([eb("blocked_until", "is", null), eb("blocked_until", "<", now)]))
    .execute();
}
