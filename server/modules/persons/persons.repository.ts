import { sql } from "kysely";
import type { DbOrTx, PersonsTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";
import { containsFolded, containsText } from "../../db/text-search.ts";

export type PersonRow = PersonsTable & { open_case_advisor_name: string | null };

const selectPersons = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "persons", centreId)
    .leftJoin("users as advisor", "advisor.id", "persons.open_case_advisor_id")
    .selectAll("persons")
    .select("advisor.name as open_case_advisor_name");

export async function findPerson(db: DbOrTx, centreId: string, id: string): Promise<PersonRow | undefined> {
  return selectPersons(db, centreId).where("persons.id", "=", id).executeTakeFirst();
}

export async function insertPerson(db: DbOrTx, row: PersonsTable): Promise<void> {
  await db.insertInto("persons").values(row).execute();
}

export async function updatePersonIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Partial<PersonsTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "persons", centreId)
    .set({ ...changes, version: version + 1 })
    .where("persons.id", "=", id)
    .where("persons.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setOpenCase(
  db: DbOrTx,
  centreId: string,
  personId: string,
  openCase: { id: string; status: string; advisorId: string | null; concerns: string } | null,
): Promise<void> {
  await updateOwned(db, "persons", centreId)
    .set({
      open_case_id: openCase?.id ?? null,
      open_case_status: openCase?.status ?? null,
      open_case_advisor_id: openCase?.advisorId ?? null,
      open_case_concerns: openCase?.concerns ?? null,
    })
    .where("persons.id", "=", personId)
    .execute();
}

export async function findByBirthDate(db: DbOrTx, centreId: string, birthDate: string) {
  return selectOwned(db, "persons", centreId)
    .select([
      "persons.id",
      "persons.family_name",
      "persons.given_names",
      "persons.family_key",
      "persons.search_text",
      "persons.birth_date",
      "persons.nationality",
    ])
    .where("persons.birth_date", "=", birthDate)
    .limit(200)
    .execute();
}

export type PersonSort = "name" | "-name" | "-created" | "permitExpiresOn";

export type PersonFilter = {
  terms: string[];
  status?: string | undefined;
  advisorId?: string | undefined;
  concern?: string | undefined;
  nationality?: string | undefined;
  district?: string | undefined;
  permitType?: string | undefined;
  permitExpiresBy?: string | undefined;
  sort: PersonSort;
  after?: (string | number)[] | undefined;
  limit: number;
};

const sortColumns: Record<
  PersonSort,
  { column: "sort_name" | "created_at" | "permit_expires_on"; direction: "asc" | "desc" }
> = {
  name: { column: "sort_name", direction: "asc" },
  "-name": { column: "sort_name", direction: "desc" },
  "-created": { column: "created_at", direction: "desc" },
  permitExpiresOn: { column: "permit_expires_on", direction: "asc" },
};

export async function listPersons(db: DbOrTx, centreId: string, filter: PersonFilter): Promise<PersonRow[]> {
  let query = selectPersons(db, centreId);
  for (const term of filter.terms) query = query.where(containsFolded("persons.search_text", term));
  if (filter.status === "none") query = query.where("persons.open_case_status", "is", null);
  else if (filter.status) query = query.where("persons.open_case_status", "=", filter.status);
  if (filter.advisorId) query = query.where("persons.open_case_advisor_id", "=", filter.advisorId);
  if (filter.concern) query = query.where(containsText("persons.open_case_concerns", `"${filter.concern}"`));
  if (filter.nationality) query = query.where("persons.nationality", "=", filter.nationality);
  if (filter.district) query = query.where("persons.district", "=", filter.district);
  if (filter.permitType) query = query.where("persons.permit_type", "=", filter.permitType);
  if (filter.permitExpiresBy !== undefined) {
    query = query
      .where("persons.permit_expires_on", "is not", null)
      .where("persons.permit_expires_on", "<=", filter.permitExpiresBy);
  }
  const { column, direction } = sortColumns[filter.sort];
  if (column === "permit_expires_on") query = query.where("persons.permit_expires_on", "is not", null);
  if (filter.after)
    query = query.where(keysetAfter(`persons.${column}`, "persons.id", direction, filter.after));
  return query
    .orderBy(`persons.${column}`, direction)
    .orderBy("persons.id", direction)
    .limit(filter.limit)
    .execute();
}

export const countPersons = async (db: DbOrTx, centreId: string) =>
  Number(
    (
      await selectOwned(db, "persons", centreId)
        .select(sql<number>`count(*)`.as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Persons of an advisor's open cases whose permit expires by the given day (expired ones included). */
export const listExpiringPermitsOf = (
  db: DbOrTx,
  centreId: string,
  advisorId: string,
  by: string,
  limit: number,
) =>
  selectPersons(db, centreId)
    .where("persons.open_case_advisor_id", "=", advisorId)
    .where("persons.permit_expires_on", "is not", null)
    .where("persons.permit_expires_on", "<=", by)
    .orderBy("persons.permit_expires_on")
    .limit(limit)
    .execute();
