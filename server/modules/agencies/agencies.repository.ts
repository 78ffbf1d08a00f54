import type { AgenciesTable, DbOrTx } from "../../db/database.ts";
import { selectOwned } from "../../db/scoped.ts";
import { containsText } from "../../db/text-search.ts";

/** Agencies are shared by the whole alliance; their counts are of the viewer's centre. */
const selectAgencies = (db: DbOrTx, centreId: string) =>
  db
    .selectFrom("agencies")
    .selectAll("agencies")
    .select((eb) => [
      eb
        .selectFrom("companies")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("companies.agency_id", "=", "agencies.id")
        .where("companies.centre_id", "=", centreId)
        .as("company_count"),
      eb
        .selectFrom("person_agencies")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("person_agencies.agency_id", "=", "agencies.id")
        .where("person_agencies.centre_id", "=", centreId)
        .as("person_count"),
    ]);

export type AgencyRow = AgenciesTable & { company_count: number | null; person_count: number | null };

export const findAgency = (db: DbOrTx, centreId: string, id: string): Promise<AgencyRow | undefined> =>
  selectAgencies(db, centreId).where("agencies.id", "=", id).executeTakeFirst();

export const agencyExists = async (db: DbOrTx, id: string) =>
  (await db.selectFrom("agencies").select("id").where("id", "=", id).executeTakeFirst()) !== undefined;

export function listAgencies(db: DbOrTx, centreId: string, q: string | undefined): Promise<AgencyRow[]> {
  let query = selectAgencies(db, centreId);
  if (q) query = query.where(containsText("agencies.name", q));
  return query.orderBy("agencies.name").orderBy("agencies.id").limit(500).execute();
}

export async function insertAgency(db: DbOrTx, row: AgenciesTable): Promise<void> {
  await db.insertInto("agencies").values(row).execute();
}

export async function updateAgencyIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  changes: Partial<AgenciesTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("agencies")
    .set({ ...changes, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const findPersonAgency = (db: DbOrTx, centreId: string, personId: string) =>
  selectOwned(db, "person_agencies", centreId)
    .innerJoin("agencies", "agencies.id", "person_agencies.agency_id")
    .selectAll("agencies")
    .where("person_agencies.person_id", "=", personId)
    .executeTakeFirst();

export async function setPersonAgency(
  db: DbOrTx,
  centreId: string,
  personId: string,
  agencyId: string | null,
  now: string,
): Promise<void> {
  await db
    .deleteFrom("person_agencies")
    .where("person_id", "=", personId)
    .where("centre_id", "=", centreId)
    .execute();
  if (agencyId)
    await db
      .insertInto("person_agencies")
      .values({ person_id: personId, centre_id: centreId, agency_id: agencyId, created_at: now })
      .execute();
}
