import type { Kysely } from "kysely";

/**
 * Appointments (issue 18, docs/decisions/0035-appointments-and-calendar-feeds.md): one row per booked
 * appointment of a person at a centre, owned by the advisor whose calendar it is in; a cancelled one keeps
 * its row with `cancelled_at`. `calendar_feed_tokens` holds the SHA-256 of each advisor's subscription
 * token, never the token itself.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("appointments")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("advisor_id", "text", (col) => col.notNull().references("users.id"))
    .addColumn("placement_id", "text", (col) => col.references("placements.id"))
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("title", "text")
    .addColumn("location", "text")
    .addColumn("online", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("starts_at", "text", (col) => col.notNull())
    .addColumn("ends_at", "text", (col) => col.notNull())
    .addColumn("cancelled_at", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("appointments_centre_starts")
    .on("appointments")
    .columns(["centre_id", "starts_at"])
    .execute();
  await db.schema
    .createIndex("appointments_person_starts")
    .on("appointments")
    .columns(["person_id", "starts_at"])
    .execute();
  await db.schema
    .createIndex("appointments_advisor_starts")
    .on("appointments")
    .columns(["advisor_id", "starts_at"])
    .execute();
  await db.schema.createIndex("appointments_placement").on("appointments").column("placement_id").execute();
  await db.schema
    .createTable("calendar_feed_tokens")
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id"))
    .addColumn("token_hash", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("last_fetched_at", "text")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("calendar_feed_tokens").execute();
  await db.schema.dropTable("appointments").execute();
}
