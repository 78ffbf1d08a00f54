import type { Insertable, Selectable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, PersonConsentsTable } from "../../db/database.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";

export type ConsentRow = Selectable<PersonConsentsTable> & { recorded_by_name: string };

const selectConsents = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "person_consents", centreId)
    .innerJoin("users as recorder", "recorder.id", "person_consents.recorded_by")
    .selectAll("person_consents")
    .select("recorder.name as recorded_by_name");

export const listConsents = (db: DbOrTx, centreId: string, personId: string): Promise<ConsentRow[]> =>
  selectConsents(db, centreId)
    .where("person_consents.person_id", "=", personId)
    .orderBy("person_consents.given_on", "desc")
    .orderBy("person_consents.created_at", "desc")
    .execute();

export const findConsent = (db: DbOrTx, centreId: string, personId: string, id: string) =>
  selectConsents(db, centreId)
    .where("person_consents.person_id", "=", personId)
    .where("person_consents.id", "=", id)
    .executeTakeFirst();

export const findActiveConsent = (db: DbOrTx, centreId: string, personId: string, purpose: string) =>
  selectOwned(db, "person_consents", centreId)
    .select("person_consents.id")
    .where("person_consents.person_id", "=", personId)
    .where("person_consents.purpose", "=", purpose)
    .where("person_consents.withdrawn_on", "is", null)
    .executeTakeFirst();

export async function insertConsent(scope: CentreScope, row: Insertable<PersonConsentsTable>): Promise<void> {
  await scope.insertInto("person_consents", row).execute();
}

export async function markWithdrawn(
  db: DbOrTx,
  centreId: string,
  id: string,
  withdrawnOn: string,
): Promise<boolean> {
  const result = await updateOwned(db, "person_consents", centreId)
    .set({ withdrawn_on: withdrawnOn })
    .where("person_consents.id", "=", id)
    .where("person_consents.withdrawn_on", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
