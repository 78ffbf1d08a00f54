import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db, Dialect } from "#server/db/database.ts";

/** Every application table of the database (not the migration bookkeeping). */
export async function tableNames(db: Db, dialect: Dialect): Promise<string[]> {
  const rows =
    dialect === "sqlite"
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
  return rows.rows
    .map((row) => row.name)
    .filter((name) => !name.startsWith("sqlite_") && !name.startsWith("kysely_"))
    .sort();
}

export type Snapshot = Record<string, { rows: number; checksum: string }>;

/**
 * Row count and a checksum of the sorted rows of every table, except the tables named in `ignore` and
 * the rows that `skipRow` picks out (e.g. audit entries of legitimate reads).
 */
export async function snapshotTables(
  db: Db,
  dialect: Dialect,
  ignore: string[] = [],
  skipRow: (table: string, row: Record<string, unknown>) => boolean = () => false,
): Promise<Snapshot> {
  const snapshot: Snapshot = {};
  for (const table of await tableNames(db, dialect)) {
    if (ignore.includes(table)) continue;
    const { rows: all } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db);
    const rows = all.filter((row) => !skipRow(table, row));
    const lines = rows.map((row) => JSON.stringify(row)).sort();
    snapshot[table] = {
      rows: rows.length,
      checksum: createHash("sha256").update(lines.join("\n")).digest("hex").slice(0, 16),
    };
  }
  return snapshot;
}
