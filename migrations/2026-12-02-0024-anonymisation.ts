import type { Kysely } from "kysely";

/**
 * Erasure by anonymisation (docs/decisions/0027-erasure-by-anonymisation.md): a person keeps the row the
 * statistics count, marked `anonymised_at`, with everything that identified them gone. An ESF+ programme's
 * participants must be kept until `keep_until` (Art. 82 of Regulation (EU) 2021/1060); only the managing
 * authority knows the date, so an admin types it and the hold applies while it is empty or in the future.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("persons").addColumn("anonymised_at", "text").execute();
  await db.schema.alterTable("programmes").addColumn("keep_until", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("programmes").dropColumn("keep_until").execute();
  await db.schema.alterTable("persons").dropColumn("anonymised_at").execute();
}
