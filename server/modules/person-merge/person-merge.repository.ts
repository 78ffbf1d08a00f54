import { type SqlBool, sql } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";

/** Everything that belongs to a person through its `person_id` and moves to the survivor as it is. */
const movedTables = [
  "cases",
  "tasks",
  "language_entries",
  "person_consents",
  "placements",
  "enrolments",
  "esf_participants",
  "documents",
  "appointments",
] as const;
export type MovedTable = (typeof movedTables)[number];

const ofPerson = (table: string, personId: string) =>
  sql<SqlBool>`${sql.ref(`${table}.person_id`)} = ${personId}`;

export async function moveRecords(scope: CentreScope, mergedId: string, survivorId: string) {
  const moved: Partial<Record<MovedTable, number>> = {};
  for (const table of movedTables) {
    const result = await scope
      .updateTable(table)
      .set({ person_id: survivorId } as never)
      .where(ofPerson(table, mergedId))
      .executeTakeFirst();
    moved[table] = Number(result.numUpdatedRows);
  }
  return moved;
}

/** One row per person (the agency a person came through, a retention postponement): the survivor's stays. */
export async function moveSingleRows(scope: CentreScope, mergedId: string, survivorId: string) {
  for (const table of ["person_agencies", "retention_postponements"] as const) {
    const survivors = await scope
      .selectFrom(table)
      .select(`${table}.person_id`)
      .where(ofPerson(table, survivorId))
      .execute();
    if (survivors.length > 0) await scope.deleteFrom(table).where(ofPerson(table, mergedId)).execute();
    else
      await scope
        .updateTable(table)
        .set({ person_id: survivorId } as never)
        .where(ofPerson(table, mergedId))
        .execute();
  }
}

/** Active enrolments of both persons in one programme: a merge would enrol the survivor twice. */
export const sharedActiveProgrammes = (scope: CentreScope, mergedId: string, survivorId: string) =>
  scope
    .selectFrom("enrolments")
    .select("enrolments.programme_id")
    .where("enrolments.person_id", "in", [mergedId, survivorId])
    .where("enrolments.exited_on", "is", null)
    .groupBy("enrolments.programme_id")
    .having((eb) => eb.fn.count("enrolments.person_id").distinct(), ">", 1)
    .execute();

export const countOpenCases = async (scope: CentreScope, personIds: string[]) =>
  Number(
    (
      await scope
        .selectFrom("cases")
        .select((eb) => eb.fn.countAll<number | string>().as("open"))
        .where("cases.person_id", "in", personIds)
        .where("cases.status", "<>", "closed")
        .executeTakeFirst()
    )?.open ?? 0,
  );

const AUDIT_BATCH = 500;

/** The survivor's access history shows what was read and changed of the merged person too. */
export async function copyAuditLinks(scope: CentreScope, mergedId: string, survivorId: string) {
  const links = await scope.db
    .selectFrom("audit_persons")
    .select("audit_id")
    .where("person_id", "=", mergedId)
    .where(
      "audit_id",
      "not in",
      scope.db.selectFrom("audit_persons").select("audit_id").where("person_id", "=", survivorId),
    )
    .execute();
  for (let start = 0; start < links.length; start += AUDIT_BATCH) {
    const batch = links.slice(start, start + AUDIT_BATCH);
    await scope.db
      .insertInto("audit_persons")
      .values(batch.map((link) => ({ person_id: survivorId, audit_id: link.audit_id })))
      .execute();
  }
}

/** Removes the merged person's row and leaves its pointer; earlier pointers to it now point to the survivor. */
export async function replaceByPointer(
  scope: CentreScope,
  merged: { id: string; version: number },
  survivorId: string,
  mergedBy: string,
  mergedAt: string,
): Promise<boolean> {
  await scope
    .updateTable("person_merges")
    .set({ survivor_id: survivorId })
    .where("person_merges.survivor_id", "=", merged.id)
    .execute();
  await scope
    .deleteFrom("person_name_tokens")
    .where("person_name_tokens.person_id", "=", merged.id)
    .execute();
  const deleted = await scope
    .deleteFrom("persons")
    .where("persons.id", "=", merged.id)
    .where("persons.version", "=", merged.version)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) return false;
  await scope
    .insertInto("person_merges", {
      merged_id: merged.id,
      survivor_id: survivorId,
      merged_by: mergedBy,
      merged_at: mergedAt,
    })
    .execute();
  return true;
}
