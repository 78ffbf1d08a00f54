import { type Kysely, sql } from "kysely";

/**
 * Statistics count the persons in support during a period. Each person row carries the span of its
 * support so the count needs no lookup into the cases: `support_from` is the earliest opening day of
 * the person's cases (null without a case), `support_until` the latest closing day, null while a case
 * is not closed. The index answers the period filter and the grouped columns from index entries alone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("persons").addColumn("support_from", "text").execute();
  await db.schema.alterTable("persons").addColumn("support_until", "text").execute();
  await sql`
    update persons set
      support_from = (select min(c.opened_on) from cases c where c.person_id = persons.id),
      support_until = case
        when exists (select 1 from cases c where c.person_id = persons.id and c.status <> 'closed') then null
        else (select max(c.closed_on) from cases c where c.person_id = persons.id)
      end
  `.execute(db);
  await db.schema
    .createIndex("persons_centre_support")
    .on("persons")
    .columns([
      "centre_id",
      "support_from",
      "support_until",
      "nationality",
      "permit_type",
      "german_level",
      "certificate_gap",
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("persons_centre_support").execute();
  await db.schema.alterTable("persons").dropColumn("support_until").execute();
  await db.schema.alterTable("persons").dropColumn("support_from").execute();
}
