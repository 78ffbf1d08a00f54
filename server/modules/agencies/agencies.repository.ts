import type { Insertable, Selectable, Updateable } from "kysely";
import { sql } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { AgenciesTable, DbOrTx } from "../../db/database.ts";
import { containsText } from "../../db/text-search.ts";

/** Agencies are shared by the whole alliance; their counts are of the viewer's centre. */
const selectAgencies = (scope: CentreScope) =>
  scope.db
    .selectFrom("agencies")
    .selectAll("agencies")
    .select([
      scope
        .selectFrom("companies")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .where("companies.agency_id", "=", sql.ref<string>("agencies.id"))
        .as("company_count"),
      scope
        .selectFrom("person_agencies")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .where("person_agencies.agency_id", "=", sql.ref<string>("agencies.id"))
        .as("person_count"),
    ]);

export type AgencyRow = Selectable<AgenciesTable> & {
  company_count: number | null;
  person_count: number | null;
};

export const findAgency = (scope: CentreScope, id: string): Promise<AgencyRow | undefined> =>
  selectAgencies(scope).where("agencies.id", "=", id).executeTakeFirst();

export const agencyExists = async (db: DbOrTx, id: string) =>
  (await db.selectFrom("agencies").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

export function listAgencies(scope: CentreScope, q: string | undefined): Promise<AgencyRow[]> {
  let query = selectAgencies(scope);
  if (q) query = query.where(containsText("agencies.name", q));
  return query.orderBy("agencies.name").orderBy("agencies.id").limit(500).execute();
}

export async function insertAgency(db: DbOrTx, row: Insertable<AgenciesTable>): Promise<void> {
  await db.insertInto("agencies").values(row).execute();
}

export async function updateAgencyIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  changes: Updateable<AgenciesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("agencies")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const findPersonAgency = (scope: CentreScope, personId: string) =>
  scope
    .selectFrom("person_agencies")
    .innerJoin("agencies", "agencies.id", "person_agencies.agency_id")
    .selectAll("agencies")
    .where("person_agencies.person_id", "=", personId)
    .executeTakeFirst();

export async function setPersonAgency(
  scope: CentreScope,
  personId: string,
  agencyId: string | null,
  now: string,
): Promise<void> {
  await scope.deleteFrom("person_agencies").where("person_agencies.person_id", "=", personId).execute();
  if (agencyId)
    await scope
      .insertInto("person_agencies", { person_id: personId, agency_id: agencyId, created_at: now })
      .execute();
}
