import { type Expression, type SqlBool, sql } from "kysely";

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Case-insensitive substring match with LIKE wildcards escaped; the same SQL on SQLite and PostgreSQL. */
export function containsText(column: string, term: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${escapeLike(term.toLowerCase())}%`} escape '\\'`;
}

/** Substring match on a column that already holds folded, lower-case text (no lower() per row). */
export function containsFolded(column: string, foldedTerm: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${`%${escapeLike(foldedTerm)}%`} escape '\\'`;
}

/** Bounds for "starts with": [prefix, successor) as plain comparisons, so an index range serves it. */
export function prefixRange(prefix: string): [string, string] {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return [prefix, `${prefix.slice(0, -1)}${String.fromCodePoint(last + 1)}`];
}
