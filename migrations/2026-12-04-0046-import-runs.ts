import type { Kysely } from "kysely";

/**
 * One row per committed spreadsheet import (docs/decisions/0046-import-progress-and-history.md): the rows
 * written so far, counted up by each chunk's own transaction, so that every API instance on the database can
 * answer how far a commit has got; and afterwards the centre's import history.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("import_runs")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("format", "text", (col) => col.notNull())
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("key_field", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("rows_total", "integer", (col) => col.notNull())
    .addColumn("rows_done", "integer", (col) => col.notNull())
    .addColumn("created_count", "integer", (col) => col.notNull())
    .addColumn("updated_count", "integer", (col) => col.notNull())
    .addColumn("skipped_count", "integer", (col) => col.notNull())
    .addColumn("started_by", "text", (col) => col.references("users.id"))
    .addColumn("started_at", "text", (col) => col.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema
    .createIndex("import_runs_centre_started")
    .on("import_runs")
    .columns(["centre_id", "started_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("import_runs").execute();
}
