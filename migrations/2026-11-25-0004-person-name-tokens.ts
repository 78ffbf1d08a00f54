import type { Kysely } from "kysely";

/**
 * One row per word of a person's folded name, carrying the sort key and the folded name: a search
 * for "nguyen" reads the matching words in name order from one index instead of scanning persons.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("person_name_tokens")
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("centre_id", "text", (col) => col.notNull())
    .addColumn("token", "text", (col) => col.notNull())
    .addColumn("sort_name", "text", (col) => col.notNull())
    .addColumn("search_text", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("person_name_tokens_pk", ["person_id", "token"])
    .execute();
  await db.schema
    .createIndex("person_name_tokens_search")
    .on("person_name_tokens")
    .columns(["centre_id", "token", "sort_name", "person_id", "search_text"])
    .execute();

  let after = "";
  for (;;) {
    const persons = await db
      .selectFrom("persons")
      .select(["id", "centre_id", "sort_name", "search_text"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(2000)
      .execute();
    if (persons.length === 0) break;
    const rows = persons.flatMap(
      (person: { id: string; centre_id: string; sort_name: string; search_text: string }) =>
        [...new Set(person.search_text.split(" ").filter((word) => word.length > 0))].map((token) => ({
          person_id: person.id,
          centre_id: person.centre_id,
          token,
          sort_name: person.sort_name,
          search_text: person.search_text,
        })),
    );
    for (let start = 0; start < rows.length; start += 1000) {
      await db
        .insertInto("person_name_tokens")
        .values(rows.slice(start, start + 1000))
        .execute();
    }
    after = persons[persons.length - 1]?.id ?? after;
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("person_name_tokens").execute();
}
