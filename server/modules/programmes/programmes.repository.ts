import type { Insertable, Selectable, Updateable } from "kysely";
import { sql } from "kysely";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, EnrolmentsTable, ProgrammesTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";

/** Programmes a centre sees: the regional catalogue (no centre) and its own. */
const selectProgrammes = (db: DbOrTx, centreId: string) =>
  db
    .selectFrom("programmes")
    .selectAll("programmes")
    .select(
      centreScope(db, centreId)
        .selectFrom("enrolments")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .where("enrolments.programme_id", "=", sql.ref<string>("programmes.id"))
        .where("enrolments.status", "=", "active")
        .as("active_enrolments"),
    )
    .where((eb) =>
      eb.or([eb("programmes.centre_id", "is", null), eb("programmes.centre_id", "=", centreId)]),
    );

export type ProgrammeRow = Selectable<ProgrammesTable> & { active_enrolments: number | null };

export const findVisibleProgramme = (
  db: DbOrTx,
  centreId: string,
  id: string,
): Promise<ProgrammeRow | undefined> =>
  selectProgrammes(db, centreId).where("programmes.id", "=", id).executeTakeFirst();

export const listProgrammes = (db: DbOrTx, centreId: string): Promise<ProgrammeRow[]> =>
  selectProgrammes(db, centreId).orderBy("programmes.name").orderBy("programmes.id").limit(500).execute();

export async function insertProgramme(db: DbOrTx, row: Insertable<ProgrammesTable>): Promise<void> {
  await db.insertInto("programmes").values(row).execute();
}

/** Only a centre's own programmes change through the API; the regional catalogue is reference data. */
export async function updateOwnProgrammeIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<ProgrammesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("programmes")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", id)
    .where("centre_id", "=", centreId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type EnrolmentRow = Selectable<EnrolmentsTable> & {
  programme_name: string;
  funding_source: string;
  family_name: string;
  given_names: string;
};

const selectEnrolments = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "enrolments", centreId)
    .innerJoin("programmes", "programmes.id", "enrolments.programme_id")
    .innerJoin("persons", "persons.id", "enrolments.person_id")
    .selectAll("enrolments")
    .select([
      "programmes.name as programme_name",
      "programmes.funding_source",
      "persons.family_name",
      "persons.given_names",
    ]);

export const findEnrolment = (db: DbOrTx, centreId: string, id: string): Promise<EnrolmentRow | undefined> =>
  selectEnrolments(db, centreId).where("enrolments.id", "=", id).executeTakeFirst();

export type EnrolmentFilter = {
  programmeId?: string | undefined;
  personId?: string | undefined;
  status?: string | undefined;
  after?: (string | number)[] | undefined;
  limit: number;
};

export function listEnrolments(
  db: DbOrTx,
  centreId: string,
  filter: EnrolmentFilter,
): Promise<EnrolmentRow[]> {
  let query = selectEnrolments(db, centreId);
  if (filter.programmeId) query = query.where("enrolments.programme_id", "=", filter.programmeId);
  if (filter.personId) query = query.where("enrolments.person_id", "=", filter.personId);
  if (filter.status) query = query.where("enrolments.status", "=", filter.status);
  if (filter.after)
    query = query.where(keysetAfter("enrolments.entered_on", "enrolments.id", "desc", filter.after));
  return query
    .orderBy("enrolments.entered_on", "desc")
    .orderBy("enrolments.id", "desc")
    .limit(filter.limit)
    .execute();
}

export const findActiveEnrolment = (db: DbOrTx, centreId: string, programmeId: string, personId: string) =>
  selectOwned(db, "enrolments", centreId)
    .select("enrolments.id")
    .where("enrolments.programme_id", "=", programmeId)
    .where("enrolments.person_id", "=", personId)
    .where("enrolments.status", "=", "active")
    .executeTakeFirst();

/** Programmes each person is or was in (not dropped out), for matching. */
export const listProgrammeIdsOfPersons = (db: DbOrTx, centreId: string, personIds: readonly string[]) =>
  personIds.length === 0
    ? Promise.resolve([])
    : selectOwned(db, "enrolments", centreId)
        .select(["enrolments.person_id", "enrolments.programme_id"])
        .where("enrolments.person_id", "in", personIds)
        .where("enrolments.status", "!=", "dropped_out")
        .execute();

export async function insertEnrolment(scope: CentreScope, row: Insertable<EnrolmentsTable>): Promise<void> {
  await scope.insertInto("enrolments", row).execute();
}

export async function updateEnrolmentIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<EnrolmentsTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "enrolments", centreId)
    .set({ ...changes, version: version + 1 })
    .where("enrolments.id", "=", id)
    .where("enrolments.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
