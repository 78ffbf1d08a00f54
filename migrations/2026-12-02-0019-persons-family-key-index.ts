import type { Kysely } from "kysely";

/** Duplicate hints look up namesakes by folded family name alone (no birth date typed yet). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("persons_centre_family_key")
    .on("persons")
    .columns(["centre_id", "family_key"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("persons_centre_family_key").execute();
}
