import type { Kysely } from "kysely";

/**
 * Which persons an audit entry concerns: a list read names every person it showed, a change the person it
 * changed. One row per person and entry, so a person's access history is one index range.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("audit_persons")
    .addColumn("person_id", "text", (col) => col.notNull())
    .addColumn("audit_id", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("audit_persons_pk", ["person_id", "audit_id"])
    .execute();
  await db.schema.createIndex("audit_persons_audit").on("audit_persons").column("audit_id").execute();
  await db.schema.createIndex("audit_request").on("audit_log").column("request_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("audit_request").execute();
  await db.schema.dropTable("audit_persons").execute();
}
