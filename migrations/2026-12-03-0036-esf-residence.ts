import type { Kysely } from "kysely";

/**
 * ESF+ participant records keep the municipality of residence at entry (its official key, AGS), from which
 * "rural area" is derived by the degree of urbanisation (docs/decisions/0043-esf-smes-and-rural-areas.md).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("esf_participants").addColumn("municipality", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("esf_participants").dropColumn("municipality").execute();
}
