import type { Kysely } from "kysely";

/**
 * Merged persons (docs/decisions/0038-merging-persons.md): the merged person's row is gone, its records
 * belong to the survivor, and this row lets its old id point there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("person_merges")
    .addColumn("merged_id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("survivor_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("merged_by", "text", (col) => col.notNull().references("users.id"))
    .addColumn("merged_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("person_merges_survivor")
    .on("person_merges")
    .columns(["centre_id", "survivor_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("person_merges").execute();
}
