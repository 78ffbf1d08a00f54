import { createHash, randomBytes } from "node:crypto";
import type { AppointmentListQuery, CalendarFeedStatus } from "#shared/schemas/appointment.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import type { Actor, ActorContext, ReadAuditLog, RequestContext } from "../../app-env.ts";
import { scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { disclose } from "../disclosure/disclosure-gate.ts";
import { findFeedOwner } from "./appointments.cross-centre.ts";
import { listAppointments } from "./appointments.repository.ts";
import { berlinDayRange, listAppointmentRows, MAX_APPOINTMENTS } from "./appointments.service.ts";
import { calendarEntryOf } from "./calendar-entries.ts";
import { icsCalendar } from "./ics.ts";

/** A subscription shows the last month and the next quarter. */
const FEED_DAYS_BACK = 31;
const FEED_DAYS_AHEAD = 92;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
/** `…/api/calendar-feed/<token>.ics`: the suffix helps calendar programs; the token alone opens it too. */
export const feedPath = (token: string) => `/api/calendar-feed/${token}.ics`;

export async function feedStatus(db: Db, context: ActorContext): Promise<CalendarFeedStatus> {
  const row = await db
    .selectFrom("calendar_feed_tokens")
    .select(["created_at", "last_fetched_at"])
    .where("user_id", "=", context.actor.id)
    .executeTakeFirst();
  return { active: !!row, createdAt: row?.created_at ?? null, lastFetchedAt: row?.last_fetched_at ?? null };
}

/** Makes a new secret address; an older one stops working at once. */
export async function rotateFeedToken(db: Db, context: ActorContext, appUrl: string) {
  const token = randomBytes(32).toString("base64url");
  const createdAt = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("calendar_feed_tokens").where("user_id", "=", context.actor.id).execute();
    await trx
      .insertInto("calendar_feed_tokens")
      .values({
        user_id: context.actor.id,
        token_hash: hashOf(token),
        created_at: createdAt,
        last_fetched_at: null,
      })
      .execute();
    await recordAudit(trx, context, {
      action: "calendar_feed.rotate",
      entity: "user",
      entityId: context.actor.id,
    });
  });
  return { url: `${appUrl}${feedPath(token)}`, createdAt };
}

export async function revokeFeedToken(db: Db, context: ActorContext) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("calendar_feed_tokens").where("user_id", "=", context.actor.id).execute();
    await recordAudit(trx, context, {
      action: "calendar_feed.revoke",
      entity: "user",
      entityId: context.actor.id,
    });
  });
}

type Rows = Awaited<ReturnType<typeof listAppointments>>;

async function calendarFile(context: ActorContext, rows: Rows, appUrl: string, via: string) {
  const active = rows.filter((row) => row.cancelled_at === null);
  const passed = await disclose(context, "calendar_feed", {
    action: "appointment.calendar.export",
    entity: "appointment",
    entityId: null,
    details: { via, returned: active.length },
    personIds: [...new Set(active.map((row) => row.person_id))],
  });
  const body = icsCalendar(
    `Ankommen – ${context.actor.name}`,
    active.map((row) => calendarEntryOf(row, appUrl)),
    nowIso(),
  );
  return { passed, body };
}

export async function calendarDownload(
  db: Db,
  context: ActorContext,
  query: AppointmentListQuery,
  appUrl: string,
) {
  return calendarFile(context, await listAppointmentRows(db, context, query), appUrl, "download");
}

/** The subscription: the token stands in for a session, and its owner is the actor every fetch is audited as. */
export async function calendarByToken(
  db: Db,
  request: RequestContext,
  readAudit: ReadAuditLog,
  token: string,
  appUrl: string,
) {
  const owner = await findFeedOwner(db, hashOf(token.replace(/\.ics$/, "")));
  if (!owner) throw notFound("Kalender");
  const actor: Actor = {
    ...owner,
    role: "advisor",
    companyId: null,
    companyName: null,
    scope: "own",
  };
  const context: ActorContext = {
    ...request,
    actor,
    recordRead: (event) => readAudit.record({ ...request, actor }, event),
  };
  const today = todayInBerlin();
  const rows = await listAppointments(scopeOf(db, actor), {
    ...berlinDayRange(addDays(today, -FEED_DAYS_BACK), addDays(today, FEED_DAYS_AHEAD)),
    advisorId: actor.id,
    includeCancelled: false,
    limit: MAX_APPOINTMENTS,
  });
  const file = await calendarFile(context, rows, appUrl, "subscription");
  await db
    .updateTable("calendar_feed_tokens")
    .set({ last_fetched_at: nowIso() })
    .where("user_id", "=", actor.id)
    .execute();
  return file;
}
