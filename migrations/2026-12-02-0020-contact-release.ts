import type { Kysely } from "kysely";

/**
 * An employer sees a candidate's name and contact only after an advisor of the person's centre has
 * released it for that placement (docs/decisions/0017-employer-minimal-profile.md). The release stays
 * on the placement after a later decline or cancellation, so advisors keep seeing who released what
 * to which company. Existing placements start unreleased: contact reached employers without a release
 * before, and no one vouched for it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("placements").addColumn("contact_released_at", "text").execute();
  await db.schema.alterTable("placements").addColumn("contact_released_by", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("placements").dropColumn("contact_released_by").execute();
  await db.schema.alterTable("placements").dropColumn("contact_released_at").execute();
}
