import { type SelectQueryBuilder, type SqlBool, sql } from "kysely";
import type { Database, DbOrTx } from "./database.ts";

type TableWithCentre = {
  [K in keyof Database]: Database[K] extends { centre_id: string } ? K : never;
}[keyof Database];

/**
 * Statistics read aggregates, never records: one centre's rows, or with `centreId = null` the whole
 * region's. Only the statistics repository uses this; record access stays with `scoped.ts`.
 */
export function selectForAggregate<T extends TableWithCentre>(db: DbOrTx, table: T, centreId: string | null) {
  // biome-ignore lint/complexity/noBannedTypes: Kysely's own type for "nothing selected yet"
  const query = db.selectFrom(table) as unknown as SelectQueryBuilder<Database, T, {}>;
  return centreId === null
    ? query
    : query.where(sql<SqlBool>`${sql.ref(`${table}.centre_id`)} = ${centreId}`);
}
