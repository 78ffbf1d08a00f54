import type { Kysely } from "kysely";

/**
 * Statistics count the persons with a case open in a period by nationality, permit, German level and
 * certificate gap. Both sides are answered from indexes alone: the persons' counted columns in grouping
 * order (so the counts stream without a sort), and each person's case spans (opened, closed).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("persons_centre_profile")
    .on("persons")
    .columns(["centre_id", "nationality", "permit_type", "german_level", "certificate_gap", "id"])
    .execute();
  await db.schema
    .createIndex("cases_person_span")
    .on("cases")
    .columns(["person_id", "opened_on", "closed_on"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("cases_person_span").execute();
  await db.schema.dropIndex("persons_centre_profile").execute();
}
