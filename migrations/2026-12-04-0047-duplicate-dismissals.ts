import type { Kysely } from "kysely";

/**
 * Pairs an advisor marked "Kein Duplikat" (docs/decisions/0047-not-a-duplicate.md): the duplicates screen of
 * the centre no longer lists them. The first id is the smaller one, so a pair has one row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("duplicate_dismissals")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("first_person_id", "text", (col) => col.notNull().references("persons.id").onDelete("cascade"))
    .addColumn("second_person_id", "text", (col) =>
      col.notNull().references("persons.id").onDelete("cascade"),
    )
    .addColumn("dismissed_by", "text", (col) => col.references("users.id"))
    .addColumn("dismissed_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("duplicate_dismissals_pair")
    .on("duplicate_dismissals")
    .columns(["centre_id", "first_person_id", "second_person_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("duplicate_dismissals_second")
    .on("duplicate_dismissals")
    .column("second_person_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("duplicate_dismissals").execute();
}
