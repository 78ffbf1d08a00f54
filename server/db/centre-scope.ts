import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  type InsertQueryBuilder,
  type InsertResult,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from "kysely";
import type { Database, DbOrTx } from "./database.ts";

/** Tables whose every row belongs to exactly one centre. */
export type CentreTable = {
  [K in keyof Database]: Database[K] extends { centre_id: string } ? K : never;
}[keyof Database];

// biome-ignore lint/complexity/noBannedTypes: Kysely's own type for "nothing selected yet"
export type CentreSelect<T extends CentreTable> = SelectQueryBuilder<Database, T, {}>;

/** A row for a centre table; the scope writes `centre_id` itself, so callers may leave it out. */
export type CentreRow<T extends CentreTable> = Omit<Insertable<Database[T]>, "centre_id"> & {
  centre_id?: string;
};

/**
 * The only way to reach centre-owned rows: every query it builds is bound to one centre, and the same
 * handle bound to a transaction is what `transaction(fn)` hands over (decision 0026).
 */
export type CentreScope = {
  readonly centreId: string;
  /** For tables without a centre (agencies, audit, sessions) and the audit writes of the same transaction. */
  readonly db: DbOrTx;
  // biome-ignore lint/complexity/noBannedTypes: Kysely's own type for "nothing selected yet"
  selectFrom<T extends CentreTable>(table: T): SelectQueryBuilder<Database, T, {}>;
  updateTable<T extends CentreTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult>;
  deleteFrom<T extends CentreTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult>;
  insertInto<T extends CentreTable>(
    table: T,
    rows: CentreRow<T> | readonly CentreRow<T>[],
  ): InsertQueryBuilder<Database, T, InsertResult>;
  transaction<R>(work: (scope: CentreScope) => Promise<R>): Promise<R>;
};

const sameCentre = (table: CentreTable, centreId: string) =>
  sql<SqlBool>`${sql.ref(`${table}.centre_id`)} = ${centreId}`;

export class ForeignCentreRowError extends Error {
  constructor(table: string) {
    super(`A row for ${table} names another centre than the scope it is written through`);
    this.name = "ForeignCentreRowError";
  }
}

function ownRows<T extends CentreTable>(table: T, centreId: string, rows: readonly CentreRow<T>[]) {
  return rows.map((row) => {
    if (row.centre_id !== undefined && row.centre_id !== centreId) throw new ForeignCentreRowError(table);
    return { ...row, centre_id: centreId };
  });
}

export function centreScope(db: DbOrTx, centreId: string): CentreScope {
  const scope: CentreScope = {
    centreId,
    db,
    selectFrom: (table) =>
      // biome-ignore lint/complexity/noBannedTypes: Kysely's own type for "nothing selected yet"
      (db.selectFrom(table) as unknown as SelectQueryBuilder<Database, typeof table, {}>).where(
        sameCentre(table, centreId),
      ),
    updateTable: (table) =>
      (
        db.updateTable(table) as unknown as UpdateQueryBuilder<
          Database,
          typeof table,
          typeof table,
          UpdateResult
        >
      ).where(sameCentre(table, centreId)),
    deleteFrom: (table) =>
      (db.deleteFrom(table) as unknown as DeleteQueryBuilder<Database, typeof table, DeleteResult>).where(
        sameCentre(table, centreId),
      ),
    insertInto: (table, rows) => {
      const list: readonly CentreRow<typeof table>[] = Array.isArray(rows)
        ? rows
        : [rows as CentreRow<typeof table>];
      // The rows are complete table rows once centre_id is set; Kysely cannot see that through the mapped type.
      const values = ownRows(table, centreId, list) as unknown as Parameters<
        InsertQueryBuilder<Database, typeof table, InsertResult>["values"]
      >[0];
      return db.insertInto(table).values(values);
    },
    transaction: (work) =>
      db.isTransaction ? work(scope) : db.transaction().execute((trx) => work(centreScope(trx, centreId))),
  };
  return scope;
}

/** The signed-in actor's centre, once per request (services call it with `context.actor`). */
export const scopeOf = (db: DbOrTx, actor: { centreId: string }): CentreScope =>
  centreScope(db, actor.centreId);
