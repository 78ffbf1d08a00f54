import type { Kysely } from "kysely";

/**
 * E-mail (issue 18 item 3, docs/decisions/0040-mail-delivery.md): `mail_outbox` holds every mail, claimed by a
 * unique `dedupe_key` before it is sent (so a restarted job never sends it twice) and kept as the outbox the
 * admin reads where no SMTP server is configured. `mail_unsubscribes` records who asked for no more mails of a
 * kind; `mail_settings` the language a user wants their mails in.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("dedupe_key", "text", (col) => col.notNull().unique())
    .addColumn("recipient_key", "text", (col) => col.notNull())
    .addColumn("to_address", "text", (col) => col.notNull())
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("subject", "text", (col) => col.notNull())
    .addColumn("text_body", "text", (col) => col.notNull())
    .addColumn("html_body", "text", (col) => col.notNull())
    .addColumn("person_ids", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("sent_at", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema
    .createIndex("mail_outbox_centre_created")
    .on("mail_outbox")
    .columns(["centre_id", "created_at"])
    .execute();
  await db.schema
    .createTable("mail_unsubscribes")
    .addColumn("recipient_key", "text", (col) => col.notNull())
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("unsubscribed_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("mail_unsubscribes_pk", ["recipient_key", "kind"])
    .execute();
  await db.schema
    .createTable("mail_settings")
    .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id"))
    .addColumn("language", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("mail_settings").execute();
  await db.schema.dropTable("mail_unsubscribes").execute();
  await db.schema.dropTable("mail_outbox").execute();
}
