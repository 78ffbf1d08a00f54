import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";

/** The advisor whose calendar a subscription token opens; only an active advisor's token opens anything. */
export const findFeedOwner = (db: DbOrTx, tokenHash: string) =>
  crossCentre(db, "calendar-feed")
    .selectFrom("calendar_feed_tokens")
    .innerJoin("users", "users.id", "calendar_feed_tokens.user_id")
    .innerJoin("centres", "centres.id", "users.centre_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.centre_id as centreId",
      "centres.name as centreName",
    ])
    .where("calendar_feed_tokens.token_hash", "=", tokenHash)
    .where("users.active", "=", 1)
    .where("users.role", "=", "advisor")
    .executeTakeFirst();

/**
 * An employer sees the interviews booked on a placement of its company: when, what and where. The placement
 * was found through the candidate view first (consent-gated); this reads only the appointment's own columns.
 */
export const listInterviewsOfPlacement = (db: DbOrTx, centreId: string, placementId: string) =>
  crossCentre(db, "employer-portal")
    .selectFrom("appointments")
    .select([
      "appointments.id",
      "appointments.type",
      "appointments.starts_at",
      "appointments.ends_at",
      "appointments.location",
      "appointments.online",
    ])
    .where("appointments.centre_id", "=", centreId)
    .where("appointments.placement_id", "=", placementId)
    .where("appointments.type", "=", "employer_interview")
    .where("appointments.cancelled_at", "is", null)
    .orderBy("appointments.starts_at")
    .limit(50)
    .execute();
