import type { Insertable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { OffersTable } from "../../db/database.ts";

export async function insertOffer(scope: CentreScope, row: Insertable<OffersTable>): Promise<void> {
  await scope.insertInto("offers", row).execute();
}

/** Only the owning centre changes an offer; another centre's offer is simply not found. */
export async function updateOfferIfVersion(
  scope: CentreScope,
  id: string,
  version: number,
  changes: Updateable<OffersTable>,
): Promise<boolean> {
  const result = await scope
    .updateTable("offers")
    .set({ ...changes, version: version + 1 })
    .where("offers.id", "=", id)
    .where("offers.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
