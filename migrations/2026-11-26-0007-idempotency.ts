import type { Kysely } from "kysely";

/**
 * Idempotency-Key support: one row per (user, key). `status` is null while the first request with the
 * key is still running (the reservation); afterwards it holds the stored 2xx answer.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("idempotency_keys")
    .addColumn("user_id", "text", (col) => col.notNull())
    .addColumn("key", "text", (col) => col.notNull())
    .addColumn("request", "text", (col) => col.notNull())
    .addColumn("body_hash", "text", (col) => col.notNull())
    .addColumn("status", "integer")
    .addColumn("response_body", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["user_id", "key"])
    .execute();
  await db.schema
    .createIndex("idempotency_keys_created_at")
    .on("idempotency_keys")
    .column("created_at")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("idempotency_keys").execute();
}
