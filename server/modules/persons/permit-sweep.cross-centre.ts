import { PERMIT_WARNING_DAYS } from "../../../shared/reference/cases.ts";
import { addDays, todayInBerlin } from "../../../shared/time/calendar.ts";
import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";
import { insertPermitTask } from "./permit-tasks.ts";
import { type ExpiringPermit, permitColumns } from "./persons.repository.ts";

/** Spans every centre; each task is written to the person's own centre. */
const listPermitsExpiringInAllCentres = (db: DbOrTx, from: string, to: string): Promise<ExpiringPermit[]> =>
  crossCentre(db, "background-job")
    .selectFrom("persons")
    .select(permitColumns)
    .where("persons.permit_expires_on", ">=", from)
    .where("persons.permit_expires_on", "<=", to)
    .where("persons.open_case_advisor_id", "is not", null)
    .execute();

/**
 * System job over all centres (run at start and hourly): permits enter the 90-day window by the
 * passing of time, not only by edits.
 */
export async function sweepExpiringPermits(db: DbOrTx, today = todayInBerlin()): Promise<number> {
  const candidates = await listPermitsExpiringInAllCentres(
    db,
    addDays(today, -30),
    addDays(today, PERMIT_WARNING_DAYS),
  );
  let created = 0;
  for (const person of candidates) if (await insertPermitTask(db, person, today)) created++;
  return created;
}
