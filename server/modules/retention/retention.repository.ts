import type { Insertable } from "kysely";
import { sql } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, RetentionAnonymisationsTable, RetentionPostponementsTable } from "../../db/database.ts";

export type RetentionCandidateRow = {
  id: string;
  family_name: string;
  given_names: string;
  version: number;
  support_until: string | null;
  updated_at: string;
  postponed_due_on: string | null;
  postponed_reason: string | null;
  postponed_at: string | null;
  postponed_by_name: string | null;
};

/**
 * Persons without an open case, not yet anonymised by retention, who may be due by `horizonOn`: by their
 * postponement, or by their last closed case / last change on or before the cut-offs (the service
 * computes the exact day).
 */
export function listRetentionCandidates(
  scope: CentreScope,
  bounds: { horizonOn: string; caseClosedBy: string; changedBefore: string },
): Promise<RetentionCandidateRow[]> {
  return scope
    .selectFrom("persons")
    .leftJoin("retention_postponements as rp", "rp.person_id", "persons.id")
    .leftJoin("retention_anonymisations as ra", "ra.person_id", "persons.id")
    .leftJoin("users as postponer", "postponer.id", "rp.postponed_by")
    .select([
      "persons.id",
      "persons.family_name",
      "persons.given_names",
      "persons.version",
      "persons.support_until",
      "persons.updated_at",
      "rp.due_on as postponed_due_on",
      "rp.reason as postponed_reason",
      "rp.postponed_at",
      "postponer.name as postponed_by_name",
    ])
    .where("persons.open_case_id", "is", null)
    .where("ra.person_id", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("rp.due_on", "is not", null), eb("rp.due_on", "<=", bounds.horizonOn)]),
        eb.and([
          eb("rp.due_on", "is", null),
          eb.or([
            eb.and([
              eb("persons.support_until", "is not", null),
              eb("persons.support_until", "<=", bounds.caseClosedBy),
            ]),
            eb.and([
              eb("persons.support_until", "is", null),
              eb("persons.updated_at", "<", bounds.changedBefore),
            ]),
          ]),
        ]),
      ]),
    )
    .orderBy("persons.id")
    .execute();
}

export const findRetentionPerson = (scope: CentreScope, personId: string) =>
  scope
    .selectFrom("persons")
    .leftJoin("retention_anonymisations as ra", "ra.person_id", "persons.id")
    .select(["persons.id", "ra.person_id as anonymised"])
    .where("persons.id", "=", personId)
    .executeTakeFirst();

export async function upsertPostponement(scope: CentreScope, row: Insertable<RetentionPostponementsTable>) {
  await scope
    .insertInto("retention_postponements", row)
    .onConflict((conflict) =>
      conflict.column("person_id").doUpdateSet({
        due_on: row.due_on,
        reason: row.reason,
        postponed_by: row.postponed_by,
        postponed_at: row.postponed_at,
      }),
    )
    .execute();
}

export async function insertAnonymisation(scope: CentreScope, row: Insertable<RetentionAnonymisationsTable>) {
  await scope.insertInto("retention_anonymisations", row).execute();
}

export async function countAnonymisedInRun(scope: CentreScope, jobRunId: string): Promise<number> {
  const row = await scope
    .selectFrom("retention_anonymisations")
    .select(sql<number>`count(*)`.as("count"))
    .where("retention_anonymisations.job_run_id", "=", jobRunId)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function retentionYearsOf(db: DbOrTx, centreId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom("centres")
    .select("retention_years")
    .where("id", "=", centreId)
    .executeTakeFirst();
  return row ? (row.retention_years ?? 3) : undefined;
}

export async function setRetentionYears(db: DbOrTx, centreId: string, years: number, now: string) {
  await db
    .updateTable("centres")
    .set((eb) => ({ retention_years: years, updated_at: now, version: eb("version", "+", 1) }))
    .where("id", "=", centreId)
    .execute();
}

export const allCentreIds = async (db: DbOrTx): Promise<string[]> =>
  (await db.selectFrom("centres").select("id").orderBy("id").execute()).map((row) => row.id);
