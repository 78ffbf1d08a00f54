import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";

/**
 * The secret behind the cell keys of region-wide statistics (decision record 0012). Drawn once, kept
 * in the database so every API instance and every restart perturbs a cell the same way: a repeated
 * request gains nothing. It never leaves the server.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("stats_cell_key")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("secret", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db
    .insertInto("stats_cell_key")
    .values({ id: "region", secret: randomBytes(32).toString("hex"), created_at: new Date().toISOString() })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("stats_cell_key").execute();
}
