import { type CentreSelect, type CentreTable, centreScope } from "../../db/centre-scope.ts";
import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";

/**
 * Statistics read aggregates, never records: one centre's rows, or with `centreId = null` the whole
 * region's (logged as region-statistics, not audited: no person's data leaves). Only the statistics
 * repository uses this; record access stays with the centre scope.
 */
export function selectForAggregate<T extends CentreTable>(db: DbOrTx, table: T, centreId: string | null) {
  if (centreId !== null) return centreScope(db, centreId).selectFrom(table);
  return crossCentre(db, "region-statistics").selectFrom(table) as unknown as CentreSelect<T>;
}

/** The programmes a scope sees: the centre's own and the regional ones (every programme for the region). */
export function selectProgrammesInScope(db: DbOrTx, centreId: string | null) {
  const query = (centreId === null ? crossCentre(db, "region-statistics") : db).selectFrom("programmes");
  return centreId === null
    ? query
    : query.where((eb) =>
        eb.or([eb("programmes.centre_id", "is", null), eb("programmes.centre_id", "=", centreId)]),
      );
}
