import type { Insertable } from "kysely";
import type { CentresTable, DbOrTx } from "../../db/database.ts";

/** Centres are the tenants themselves: every signed-in user may know their names. */
export async function listCentres(db: DbOrTx) {
  return db.selectFrom("centres").selectAll().orderBy("name").execute();
}

export async function findCentre(db: DbOrTx, id: string) {
  return db.selectFrom("centres").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findCentreByName(db: DbOrTx, name: string) {
  return db.selectFrom("centres").selectAll().where("name", "=", name).executeTakeFirst();
}

export async function centreNameTaken(db: DbOrTx, name: string): Promise<boolean> {
  return (await findCentreByName(db, name)) !== undefined;
}

export async function insertCentre(db: DbOrTx, row: Insertable<CentresTable>): Promise<void> {
  await db.insertInto("centres").values(row).execute();
}

export async function setSecondFactorRequired(db: DbOrTx, id: string, required: boolean, now: string) {
  await db
    .updateTable("centres")
    .set((eb) => ({
      second_factor_required: required ? 1 : 0,
      updated_at: now,
      version: eb("version", "+", 1),
    }))
    .where("id", "=", id)
    .execute();
}
