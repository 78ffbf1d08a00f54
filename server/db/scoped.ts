import { type CentreTable, centreScope } from "./centre-scope.ts";
import type { DbOrTx } from "./database.ts";

/*
 * The older (db, table, centreId) spelling of the centre scope, for repositories not yet moved to a
 * CentreScope argument (decision 0026): each builds the same scoped query as centreScope(db, centreId).
 */

export const selectOwned = <T extends CentreTable>(db: DbOrTx, table: T, centreId: string) =>
  centreScope(db, centreId).selectFrom(table);

export const updateOwned = <T extends CentreTable>(db: DbOrTx, table: T, centreId: string) =>
  centreScope(db, centreId).updateTable(table);

export const deleteOwned = <T extends CentreTable>(db: DbOrTx, table: T, centreId: string) =>
  centreScope(db, centreId).deleteFrom(table);

/** Audit rows may have no centre (failed sign-ins of unknown accounts); those stay invisible to centres. */
export function selectAuditOwned(db: DbOrTx, centreId: string) {
  return db.selectFrom("audit_log").where("centre_id", "=", centreId);
}
