import type { Insertable, Selectable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { EsfParticipantsTable } from "../../db/database.ts";

export type ParticipantRow = Selectable<EsfParticipantsTable> & {
  programme_id: string;
  entered_on: string;
  exited_on: string | null;
  family_name: string;
  given_names: string;
};

const selectParticipants = (scope: CentreScope) =>
  scope
    .selectFrom("esf_participants")
    .innerJoin("enrolments", "enrolments.id", "esf_participants.enrolment_id")
    .innerJoin("persons", "persons.id", "esf_participants.person_id")
    .selectAll("esf_participants")
    .select([
      "enrolments.programme_id",
      "enrolments.entered_on",
      "enrolments.exited_on",
      "persons.family_name",
      "persons.given_names",
    ]);

export const findParticipant = (
  scope: CentreScope,
  enrolmentId: string,
): Promise<ParticipantRow | undefined> =>
  selectParticipants(scope).where("esf_participants.enrolment_id", "=", enrolmentId).executeTakeFirst();

export const listProgrammeParticipants = (
  scope: CentreScope,
  programmeId: string,
): Promise<ParticipantRow[]> =>
  selectParticipants(scope)
    .where("enrolments.programme_id", "=", programmeId)
    .orderBy("persons.family_name")
    .orderBy("esf_participants.enrolment_id")
    .limit(2000)
    .execute();

export async function insertParticipant(
  scope: CentreScope,
  row: Insertable<EsfParticipantsTable>,
): Promise<void> {
  await scope.insertInto("esf_participants", row).execute();
}

export async function updateParticipantIfVersion(
  scope: CentreScope,
  enrolmentId: string,
  version: number,
  changes: Updateable<EsfParticipantsTable>,
): Promise<boolean> {
  const result = await scope
    .updateTable("esf_participants")
    .set({ ...changes, version: version + 1 })
    .where("enrolment_id", "=", enrolmentId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
