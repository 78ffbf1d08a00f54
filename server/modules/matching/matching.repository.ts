import { sql } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";

const personColumns = [
  "persons.id",
  "persons.family_name",
  "persons.given_names",
  "persons.sort_name",
  "persons.district",
  "persons.target_occupation",
  "persons.qualifications",
  "persons.recognition_occupation",
  "persons.available_from",
  "persons.german_levels",
  "persons.german_level",
  "persons.open_case_id",
] as const;

/** The candidate pool: persons with an open case who consent to sharing with employers, capped. */
export const listCandidatePool = (scope: CentreScope, cap: number) =>
  scope
    .selectFrom("persons")
    .select(personColumns)
    .where("persons.open_case_id", "is not", null)
    .where((eb) =>
      eb.exists(
        scope
          .selectFrom("person_consents")
          .select("person_consents.id")
          .where("person_consents.person_id", "=", sql.ref<string>("persons.id"))
          .where("person_consents.purpose", "=", "employer_sharing")
          .where("person_consents.withdrawn_on", "is", null),
      ),
    )
    .orderBy("persons.sort_name")
    .orderBy("persons.id")
    .limit(cap)
    .execute();

export type PoolPerson = Awaited<ReturnType<typeof listCandidatePool>>[number];

export const findPoolPerson = (scope: CentreScope, personId: string) =>
  scope.selectFrom("persons").select(personColumns).where("persons.id", "=", personId).executeTakeFirst();
