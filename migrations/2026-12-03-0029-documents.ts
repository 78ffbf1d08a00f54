import { type Kysely, PostgresAdapter } from "kysely";

/**
 * Documents per person (issue 17, decision 0034): the metadata in `documents`, the bytes in the database as
 * numbered chunks of at most 256 KiB in `document_chunks`, so backups hold them and every instance on PostgreSQL
 * reads the same files. A row is `pending` while its chunks stream in and `ready` once the upload passed every
 * check; only ready rows are listed, and one person holds a file (by SHA-256) once.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? "bytea" : "blob";
  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("file_name", "text", (col) => col.notNull())
    .addColumn("content_type", "text")
    .addColumn("size_bytes", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("sha256", "text")
    .addColumn("valid_until", "text")
    .addColumn("note", "text")
    .addColumn("uploaded_by", "text", (col) => col.references("users.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("documents_person")
    .on("documents")
    .columns(["centre_id", "person_id", "created_at"])
    .execute();
  await db.schema
    .createIndex("documents_person_sha256")
    .on("documents")
    .columns(["person_id", "sha256"])
    .unique()
    .execute();
  await db.schema.createIndex("documents_valid_until").on("documents").column("valid_until").execute();
  await db.schema
    .createTable("document_chunks")
    .addColumn("document_id", "text", (col) => col.notNull().references("documents.id").onDelete("cascade"))
    .addColumn("seq", "integer", (col) => col.notNull())
    .addColumn("data", binary, (col) => col.notNull())
    .addPrimaryKeyConstraint("document_chunks_pk", ["document_id", "seq"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("document_chunks").execute();
  await db.schema.dropTable("documents").execute();
}
