import type { Insertable, Selectable, Updateable } from "kysely";
import { sql } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { CaseActivitiesTable, CasesTable, DbOrTx } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { executeShaped } from "../../db/query-shapes.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";
import { containsFolded, containsText } from "../../db/text-search.ts";

export type CaseRow = Selectable<CasesTable> & {
  family_name: string;
  given_names: string;
  sort_name: string;
  advisor_name: string | null;
};

const selectCases = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "cases", centreId)
    .innerJoin("persons", "persons.id", "cases.person_id")
    .leftJoin("users as advisor", "advisor.id", "cases.advisor_id")
    .selectAll("cases")
    .select([
      "persons.family_name",
      "persons.given_names",
      "persons.sort_name",
      "advisor.name as advisor_name",
    ]);

export const findCase = (db: DbOrTx, centreId: string, id: string): Promise<CaseRow | undefined> =>
  selectCases(db, centreId).where("cases.id", "=", id).executeTakeFirst();

export const findCases = (db: DbOrTx, centreId: string, ids: readonly string[]): Promise<CaseRow[]> =>
  ids.length === 0 ? Promise.resolve([]) : selectCases(db, centreId).where("cases.id", "in", ids).execute();

export async function findOpenCaseOfPerson(db: DbOrTx, centreId: string, personId: string) {
  return selectOwned(db, "cases", centreId)
    .select(["cases.id"])
    .where("cases.person_id", "=", personId)
    .where("cases.status", "!=", "closed")
    .executeTakeFirst();
}

export async function insertCase(scope: CentreScope, row: Insertable<CasesTable>): Promise<void> {
  await scope.insertInto("cases", row).execute();
}

export async function updateCaseIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<CasesTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "cases", centreId)
    .set({ ...changes, version: version + 1 })
    .where("cases.id", "=", id)
    .where("cases.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchLastActivity(
  db: DbOrTx,
  centreId: string,
  id: string,
  day: string,
): Promise<void> {
  await updateOwned(db, "cases", centreId)
    .set({ last_activity_on: day })
    .where("cases.id", "=", id)
    .where((eb) => eb.or([eb("cases.last_activity_on", "is", null), eb("cases.last_activity_on", "<", day)]))
    .execute();
}

export type CaseFilter = {
  terms: string[];
  status?: string | undefined;
  advisorId?: string | undefined;
  concern?: string | undefined;
  personId?: string | undefined;
  sort: "-opened" | "opened" | "name";
  after?: (string | number)[] | undefined;
  limit: number;
};

export async function listCases(db: DbOrTx, centreId: string, filter: CaseFilter): Promise<CaseRow[]> {
  const statusKind = filter.status === "open" ? "open" : filter.status ? "is" : "any";
  const shapeKey =
    filter.terms.length > 0
      ? null
      : JSON.stringify([
          "cases.list",
          statusKind,
          Boolean(filter.advisorId),
          filter.concern ?? null,
          Boolean(filter.personId),
          filter.sort,
          Boolean(filter.after),
        ]);
  const values = [
    centreId,
    statusKind === "is" ? filter.status : undefined,
    filter.advisorId,
    filter.personId,
    filter.after?.[0],
    filter.after?.[1],
    filter.limit,
  ];
  return executeShaped<CaseRow>(db, shapeKey, values, (value) => {
    let query = selectCases(db, value(0));
    for (const term of filter.terms) query = query.where(containsFolded("persons.search_text", ` ${term}`));
    if (statusKind === "open") query = query.where("cases.status", "!=", "closed");
    else if (statusKind === "is") query = query.where("cases.status", "=", value(1));
    if (filter.advisorId) query = query.where("cases.advisor_id", "=", value(2));
    if (filter.concern) query = query.where(containsText("cases.concerns", `"${filter.concern}"`));
    if (filter.personId) query = query.where("cases.person_id", "=", value(3));
    const [column, direction] =
      filter.sort === "name"
        ? (["persons.sort_name", "asc"] as const)
        : filter.sort === "opened"
          ? (["cases.opened_on", "asc"] as const)
          : (["cases.opened_on", "desc"] as const);
    if (filter.after) query = query.where(keysetAfter(column, "cases.id", direction, [value(4), value(5)]));
    return query.orderBy(column, direction).orderBy("cases.id", direction).limit(value(6));
  });
}

export type ActivityRow = Selectable<CaseActivitiesTable> & { author_name: string };

const selectActivities = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "case_activities", centreId)
    .innerJoin("users as author", "author.id", "case_activities.author_id")
    .selectAll("case_activities")
    .select("author.name as author_name");

export const listActivities = (db: DbOrTx, centreId: string, caseId: string): Promise<ActivityRow[]> =>
  selectActivities(db, centreId)
    .where("case_activities.case_id", "=", caseId)
    .orderBy("case_activities.occurred_on", "desc")
    .orderBy("case_activities.created_at", "desc")
    .limit(1000)
    .execute();

export const findActivity = (db: DbOrTx, centreId: string, caseId: string, id: string) =>
  selectActivities(db, centreId)
    .where("case_activities.case_id", "=", caseId)
    .where("case_activities.id", "=", id)
    .executeTakeFirst();

export async function insertActivity(
  scope: CentreScope,
  row: Insertable<CaseActivitiesTable>,
): Promise<void> {
  await scope.insertInto("case_activities", row).execute();
}

export async function updateActivityIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<CaseActivitiesTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "case_activities", centreId)
    .set({ ...changes, version: version + 1 })
    .where("case_activities.id", "=", id)
    .where("case_activities.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open cases of an advisor with no activity (or, without any, no opening) since the given day. */
export const listStaleCasesOf = (
  db: DbOrTx,
  centreId: string,
  advisorId: string,
  since: string,
  limit: number,
) =>
  selectCases(db, centreId)
    .where("cases.advisor_id", "=", advisorId)
    // A literal, not a parameter: only then can the planner use the partial index cases_open_by_activity.
    .where(sql<boolean>`${sql.ref("cases.status")} <> 'closed'`)
    .where((eb) =>
      eb.or([
        eb("cases.last_activity_on", "<", since),
        eb.and([eb("cases.last_activity_on", "is", null), eb("cases.opened_on", "<", since)]),
      ]),
    )
    .orderBy("cases.last_activity_on")
    .orderBy("cases.opened_on")
    .limit(limit)
    .execute();
