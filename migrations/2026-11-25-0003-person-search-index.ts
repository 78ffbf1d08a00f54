import type { Kysely } from "kysely";

/**
 * Name search filters on search_text while walking persons in name order. With search_text inside
 * the index the filter runs on index entries, and only the matching rows are read from the table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("persons_centre_sort_search")
    .on("persons")
    .columns(["centre_id", "sort_name", "id", "search_text"])
    .execute();
  await db.schema.dropIndex("persons_centre_sort").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("persons_centre_sort")
    .on("persons")
    .columns(["centre_id", "sort_name", "id"])
    .execute();
  await db.schema.dropIndex("persons_centre_sort_search").execute();
}
