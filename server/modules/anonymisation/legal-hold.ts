import { sql } from "kysely";
import type { LegalHold } from "#shared/schemas/anonymisation.ts";
import type { CentreScope } from "../../db/centre-scope.ts";

/**
 * ESF+ participants are kept for the period of Art. 82 of Regulation (EU) 2021/1060 (five years from
 * 31 December of the year of the last payment to the project), a day only the managing authority knows:
 * the hold lasts while the programme's `keep_until` is empty or not yet past.
 */
const heldEnrolments = (scope: CentreScope, today: string) =>
  scope
    .selectFrom("enrolments")
    .innerJoin("programmes", "programmes.id", "enrolments.programme_id")
    .where("programmes.funding_source", "=", "esf_plus")
    .where((eb) =>
      eb.or([eb("programmes.keep_until", "is", null), eb("programmes.keep_until", ">=", today)]),
    );

export async function legalHoldsOf(
  scope: CentreScope,
  personId: string,
  today: string,
): Promise<LegalHold[]> {
  const rows = await heldEnrolments(scope, today)
    .where("enrolments.person_id", "=", personId)
    .select(["programmes.id", "programmes.name", "programmes.keep_until"])
    .distinct()
    .orderBy("programmes.name")
    .execute();
  return rows.map((row) => ({
    kind: "esf_plus_retention",
    programmeId: row.id,
    programmeName: row.name,
    keepUntil: row.keep_until ?? null,
  }));
}

/** For another list (retention): `where("persons.id", "not in", heldPersonIds(scope, today))`. */
export const heldPersonIds = (scope: CentreScope, today: string) =>
  heldEnrolments(scope, today).select(sql.ref<string>("enrolments.person_id").as("person_id"));

export async function personsUnderLegalHold(scope: CentreScope, today: string): Promise<string[]> {
  const rows = await heldPersonIds(scope, today).distinct().execute();
  return rows.map((row) => row.person_id);
}
