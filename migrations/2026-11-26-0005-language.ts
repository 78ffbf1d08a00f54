import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("language_entries")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("source", "text", (col) => col.notNull())
    .addColumn("date", "text", (col) => col.notNull())
    .addColumn("listening", "text")
    .addColumn("reading", "text")
    .addColumn("writing", "text")
    .addColumn("speaking", "text")
    .addColumn("overall", "text")
    .addColumn("provider", "text")
    .addColumn("certificate_number", "text")
    .addColumn("assessor_type", "text")
    .addColumn("assessor_name", "text")
    .addColumn("note", "text")
    .addColumn("company_id", "text")
    .addColumn("company_name", "text")
    .addColumn("session_id", "text")
    .addColumn("recorded_by", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("language_entries_person")
    .on("language_entries")
    .columns(["centre_id", "person_id", "date"])
    .execute();

  await db.schema.alterTable("persons").addColumn("german_levels", "text").execute();
  await db.schema.alterTable("persons").addColumn("german_level", "text").execute();
  await db.schema
    .alterTable("persons")
    .addColumn("certificate_gap", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("persons_centre_gap")
    .on("persons")
    .columns(["centre_id", "certificate_gap", "sort_name", "id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("persons_centre_gap").execute();
  await db.schema.alterTable("persons").dropColumn("certificate_gap").execute();
  await db.schema.alterTable("persons").dropColumn("german_level").execute();
  await db.schema.alterTable("persons").dropColumn("german_levels").execute();
  await db.schema.dropTable("language_entries").execute();
}
