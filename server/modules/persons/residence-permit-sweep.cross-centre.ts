import { RESIDENCE_PERMIT_WARNING_DAYS } from "#shared/reference/cases.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";
import { type ExpiringResidencePermit, residencePermitColumns } from "./persons.repository.ts";
import { insertResidencePermitTask } from "./residence-permit-tasks.ts";

/** Spans every centre; each task is written to the person's own centre. */
const listResidencePermitsExpiringInAllCentres = (
  db: DbOrTx,
  from: string,
  to: string,
): Promise<ExpiringResidencePermit[]> =>
  crossCentre(db, "background-job")
    .selectFrom("persons")
    .select(residencePermitColumns)
    .where("persons.permit_expires_on", ">=", from)
    .where("persons.permit_expires_on", "<=", to)
    .where("persons.open_case_advisor_id", "is not", null)
    .execute();

/**
 * System job over all centres (run at start and hourly): permits enter the 90-day window by the
 * passing of time, not only by edits.
 */
export async function sweepExpiringResidencePermits(db: DbOrTx, today = todayInBerlin()): Promise<number> {
  const candidates = await listResidencePermitsExpiringInAllCentres(
    db,
    addDays(today, -30),
    addDays(today, RESIDENCE_PERMIT_WARNING_DAYS),
  );
  let created = 0;
  for (const person of candidates) if (await insertResidencePermitTask(db, person, today)) created++;
  return created;
}
