import type { DbOrTx } from "../../db/database.ts";
import { selectForAggregate, selectProgrammesInScope } from "../stats/stats-aggregate.cross-centre.ts";

/** The participant records of a scope (one centre, or with `null` the region) for the indicator report. */
export function reportParticipants(db: DbOrTx, centreId: string | null, programmeId: string | undefined) {
  let query = selectForAggregate(db, "esf_participants", centreId)
    .innerJoin("enrolments", "enrolments.id", "esf_participants.enrolment_id")
    .selectAll("esf_participants")
    .select(["enrolments.programme_id", "enrolments.entered_on", "enrolments.exited_on"]);
  if (programmeId !== undefined) query = query.where("enrolments.programme_id", "=", programmeId);
  return query.execute();
}

export const esfProgrammeInScope = (db: DbOrTx, centreId: string | null, programmeId: string) =>
  selectProgrammesInScope(db, centreId)
    .select(["programmes.id", "programmes.name"])
    .where("programmes.id", "=", programmeId)
    .where("programmes.funding_source", "=", "esf_plus")
    .executeTakeFirst();
