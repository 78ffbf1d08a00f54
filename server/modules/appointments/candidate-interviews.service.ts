import type { EmployerAppointment } from "#shared/schemas/appointment.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { ownCompanyId } from "../companies/companies.service.ts";
import { findCandidate } from "../placements/placements.cross-centre.ts";
import { listInterviewsOfPlacement } from "./appointments.cross-centre.ts";

/** Only through the candidate view (own company, sharing consent): what the employer may see of the placement. */
export async function listCandidateInterviews(
  db: Db,
  context: ActorContext,
  placementId: string,
): Promise<{ items: EmployerAppointment[] }> {
  const candidate = await findCandidate(db, ownCompanyId(context), placementId);
  if (!candidate) throw notFound("Kandidatin / Kandidat");
  const rows = await listInterviewsOfPlacement(db, candidate.centre_id, placementId);
  await context.recordRead({
    action: "candidate.appointments.list",
    entity: "placement",
    entityId: placementId,
    centreId: candidate.centre_id,
    details: { personId: candidate.person_id, returned: rows.length },
    personIds: [candidate.person_id],
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      type: "employer_interview",
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      location: row.location,
      online: row.online === 1,
    })),
  };
}
