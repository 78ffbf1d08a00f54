import type { Kysely } from "kysely";

/**
 * Second factor for staff (docs/decisions/0018-second-factor.md). Admins and advisors sign in with a
 * TOTP code unless their centre switches it off; recovery codes are stored hashed; a session stays
 * "pending second factor" until the code is checked. Granting a staff role and resetting someone's
 * second factor wait for a second person in `staff_requests`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("centres")
    .addColumn("second_factor_required", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable("users").addColumn("second_factor_secret", "text").execute();
  await db.schema.alterTable("users").addColumn("second_factor_pending_secret", "text").execute();
  await db.schema.alterTable("users").addColumn("second_factor_last_step", "integer").execute();
  await db.schema
    .alterTable("users")
    .addColumn("password_change_required", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("users")
    .addColumn("grant_pending", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("sessions")
    .addColumn("second_factor_pending", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("recovery_codes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id"))
    .addColumn("code_hash", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("recovery_codes_user").on("recovery_codes").column("user_id").execute();
  await db.schema
    .createTable("staff_requests")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id"))
    .addColumn("role", "text")
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("requested_by", "text", (col) => col.notNull().references("users.id"))
    .addColumn("requested_at", "text", (col) => col.notNull())
    .addColumn("decided_by", "text", (col) => col.references("users.id"))
    .addColumn("decided_at", "text")
    .execute();
  await db.schema
    .createIndex("staff_requests_centre")
    .on("staff_requests")
    .columns(["centre_id", "requested_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("staff_requests").execute();
  await db.schema.dropTable("recovery_codes").execute();
  await db.schema.alterTable("sessions").dropColumn("second_factor_pending").execute();
  for (const column of [
    "grant_pending",
    "password_change_required",
    "second_factor_last_step",
    "second_factor_pending_secret",
    "second_factor_secret",
  ])
    await db.schema.alterTable("users").dropColumn(column).execute();
  await db.schema.alterTable("centres").dropColumn("second_factor_required").execute();
}
