import type { CompaniesTable, DbOrTx } from "../../db/database.ts";
import { selectOwned } from "../../db/scoped.ts";

export async function findCompany(db: DbOrTx, centreId: string, id: string) {
  return selectOwned(db, "companies", centreId).selectAll().where("companies.id", "=", id).executeTakeFirst();
}

export async function listCompanies(db: DbOrTx, centreId: string) {
  return selectOwned(db, "companies", centreId)
    .select(["companies.id", "companies.name", "companies.district"])
    .orderBy("companies.name")
    .execute();
}

export async function insertCompany(db: DbOrTx, row: CompaniesTable): Promise<void> {
  await db.insertInto("companies").values(row).execute();
}
