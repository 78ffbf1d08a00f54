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

/**
 * The companies a scope's ESF+ programmes supported (EECO19): each company with an offer in the programme,
 * on the day the offer was opened (drafts were not yet support), with its size class as recorded today.
 */
export function supportedCompanies(db: DbOrTx, centreId: string | null, programmeId: string | undefined) {
  let query = selectForAggregate(db, "offers", centreId)
    .innerJoin("companies", "companies.id", "offers.company_id")
    .innerJoin("programmes", "programmes.id", "offers.programme_id")
    .where("programmes.funding_source", "=", "esf_plus")
    .where("offers.opened_on", "is not", null)
    .select(["offers.programme_id", "offers.company_id", "offers.opened_on", "companies.size_band"]);
  if (programmeId !== undefined) query = query.where("offers.programme_id", "=", programmeId);
  return query.execute();
}

export const esfProgrammeInScope = (db: DbOrTx, centreId: string | null, programmeId: string) =>
  selectProgrammesInScope(db, centreId)
    .select(["programmes.id", "programmes.name"])
    .where("programmes.id", "=", programmeId)
    .where("programmes.funding_source", "=", "esf_plus")
    .executeTakeFirst();
