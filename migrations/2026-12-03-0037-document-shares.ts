import { type Kysely, PostgresAdapter } from "kysely";

/**
 * Documents shared with an employer for one placement (issue 17, decision 0044): the employer sees a shared
 * document only while the placement's contact is released and the placement holds its place. And the small
 * preview the server makes of an image, kept once made so a list of thumbnails does not decode the originals.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
  await db.schema
    .createTable("document_shares")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("document_id", "text", (col) => col.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("placement_id", "text", (col) => col.notNull().references("placements.id"))
    .addColumn("shared_by", "text", (col) => col.references("users.id"))
    .addColumn("shared_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("document_shares_document_placement")
    .on("document_shares")
    .columns(["document_id", "placement_id"])
    .unique()
    .execute();
  await db.schema
    .createIndex("document_shares_placement")
    .on("document_shares")
    .column("placement_id")
    .execute();
  await db.schema
    .createTable("document_previews")
    .addColumn("document_id", "text", (col) =>
      col.primaryKey().references("documents.id").onDelete("cascade"),
    )
    .addColumn("content_type", "text", (col) => col.notNull())
    .addColumn("data", binary, (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("document_previews").execute();
  await db.schema.dropTable("document_shares").execute();
}
