import type { Kysely } from "kysely";

/**
 * Transfers between centres (issue 18, docs/decisions/0041-transfer-between-centres.md): one row per offer of
 * a person to another centre, seen by both centres. `preview` holds the little the receiving centre sees before
 * it decides and is cleared at the decision. `persons.transferred_at` marks the record the giving centre keeps
 * for its figures and funded operations: anonymised, and answering 404 like any record that is not there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("persons").addColumn("transferred_at", "text").execute();
  await db.schema
    .createTable("person_transfers")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("from_centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("to_centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("case_id", "text", (col) => col.references("cases.id"))
    .addColumn("consent_id", "text", (col) => col.notNull().references("person_consents.id"))
    .addColumn("preview", "text")
    .addColumn("offered_by", "text", (col) => col.notNull().references("users.id"))
    .addColumn("offered_at", "text", (col) => col.notNull())
    .addColumn("decided_by", "text", (col) => col.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("kept_person_id", "text", (col) => col.references("persons.id"))
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("person_transfers_to_status")
    .on("person_transfers")
    .columns(["to_centre_id", "status", "offered_at"])
    .execute();
  await db.schema
    .createIndex("person_transfers_from_status")
    .on("person_transfers")
    .columns(["from_centre_id", "status", "offered_at"])
    .execute();
  await db.schema
    .createIndex("person_transfers_person")
    .on("person_transfers")
    .columns(["person_id", "status"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("person_transfers").execute();
  await db.schema.alterTable("persons").dropColumn("transferred_at").execute();
}
