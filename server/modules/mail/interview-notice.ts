import type { Appointment } from "#shared/schemas/appointment.ts";
import type { ActorContext } from "../../app-env.ts";
import { scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import type { EmployerOccasion } from "./employer-notice.service.ts";

/** An interview booked on a placement is news for its company; any other appointment is not. */
export async function interviewNoticeOf(db: Db, context: ActorContext, appointment: Appointment) {
  if (appointment.type !== "employer_interview" || !appointment.placementId) return null;
  const placement = await scopeOf(db, context.actor)
    .selectFrom("placements")
    .select([
      "placements.id",
      "placements.offer_id as offerId",
      "placements.company_id as companyId",
      "placements.person_id as personId",
    ])
    .where("placements.id", "=", appointment.placementId)
    .executeTakeFirst();
  if (!placement) return null;
  const occasion: EmployerOccasion = {
    kind: "interview",
    appointmentId: appointment.id,
    startsAt: appointment.startsAt,
    online: appointment.online,
  };
  return { placement, occasion };
}
