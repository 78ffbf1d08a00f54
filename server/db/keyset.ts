import { type Expression, type SqlBool, sql } from "kysely";

/**
 * Rows after a cursor as a row-value comparison, which both SQLite and PostgreSQL answer with an index
 * range scan; the equivalent `a < x or (a = x and id < y)` makes SQLite walk the index from the start.
 */
export function keysetAfter(
  column: string,
  idColumn: string,
  direction: "asc" | "desc",
  cursor: readonly (string | number)[],
): Expression<SqlBool> {
  const [value, id] = cursor;
  const left = sql`(${sql.ref(column)}, ${sql.ref(idColumn)})`;
  const right = sql`(${String(value)}, ${String(id)})`;
  return direction === "asc" ? sql<SqlBool>`${left} > ${right}` : sql<SqlBool>`${left} < ${right}`;
}
