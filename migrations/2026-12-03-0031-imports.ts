import type { Kysely } from "kysely";

/**
 * Spreadsheet imports (docs/decisions/0036-spreadsheet-import.md): persons and companies may carry the id
 * they had in the centre's old spreadsheet, so a re-import updates them instead of creating them again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("persons").addColumn("external_id", "text").execute();
  await db.schema.alterTable("companies").addColumn("external_id", "text").execute();
  await db.schema
    .createIndex("persons_centre_external_id")
    .on("persons")
    .columns(["centre_id", "external_id"])
    .execute();
  await db.schema.createIndex("persons_centre_email").on("persons").columns(["centre_id", "email"]).execute();
  await db.schema
    .createIndex("companies_centre_external_id")
    .on("companies")
    .columns(["centre_id", "external_id"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("companies_centre_external_id").execute();
  await db.schema.dropIndex("persons_centre_email").execute();
  await db.schema.dropIndex("persons_centre_external_id").execute();
  await db.schema.alterTable("companies").dropColumn("external_id").execute();
  await db.schema.alterTable("persons").dropColumn("external_id").execute();
}
