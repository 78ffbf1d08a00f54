import type { Insertable } from "kysely";
import type { Database, DbOrTx } from "./database.ts";

/** Keeps every statement under SQLite's and PostgreSQL's bound-parameter limits. */
export async function insertInBatches<T extends keyof Database>(
  db: DbOrTx,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const batchSize = Math.max(1, Math.floor(30_000 / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += batchSize) {
    // Kysely cannot relate a generic table name to its row type; the signature above already checks the rows.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + batchSize) as never)
      .execute();
  }
}
