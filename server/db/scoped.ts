import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from "kysely";
import type { Database, DbOrTx } from "./database.ts";

type TableWithCentre = {
  [K in keyof Database]: Database[K] extends { centre_id: string } ? K : never;
}[keyof Database];

const sameCentre = (table: TableWithCentre, centreId: string) =>
  sql<SqlBool>`${sql.ref(`${table}.centre_id`)} = ${centreId}`;

/**
 * The only way repositories read centre-owned tables: the centre is a required argument,
 * so a query that forgets the tenant cannot be written.
 */
export function selectOwned<T extends TableWithCentre>(db: DbOrTx, table: T, centreId: string) {
  // biome-ignore lint/complexity/noBannedTypes: Kysely's own type for "nothing selected yet"
  const query = db.selectFrom(table) as unknown as SelectQueryBuilder<Database, T, {}>;
  return query.where(sameCentre(table, centreId));
}

export function updateOwned<T extends TableWithCentre>(db: DbOrTx, table: T, centreId: string) {
  const query = db.updateTable(table) as unknown as UpdateQueryBuilder<Database, T, T, UpdateResult>;
  return query.where(sameCentre(table, centreId));
}

/** Audit rows may have no centre (failed sign-ins of unknown accounts); those stay invisible to centres. */
export function selectAuditOwned(db: DbOrTx, centreId: string) {
  return db.selectFrom("audit_log").where("centre_id", "=", centreId);
}

export function deleteOwned<T extends TableWithCentre>(db: DbOrTx, table: T, centreId: string) {
  const query = db.deleteFrom(table) as unknown as DeleteQueryBuilder<Database, T, DeleteResult>;
  return query.where(sameCentre(table, centreId));
}
