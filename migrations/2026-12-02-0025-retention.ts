import type { Kysely } from "kysely";

/**
 * Retention ("Löschfristen", docs/decisions/0028-retention-and-exactly-once-jobs.md): years per centre,
 * a postponed due date per person, which persons the retention job anonymised, and `job_runs`, one row
 * per job and run key (the day) that several instances claim with an insert that only one can win.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("centres")
    .addColumn("retention_years", "integer", (col) => col.notNull().defaultTo(3))
    .execute();
  await db.schema
    .createTable("job_runs")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("job", "text", (col) => col.notNull())
    .addColumn("run_key", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("instance_id", "text", (col) => col.notNull())
    .addColumn("attempts", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("started_at", "text", (col) => col.notNull())
    .addColumn("lease_until", "text", (col) => col.notNull())
    .addColumn("finished_at", "text")
    .addColumn("outcome", "text")
    .addColumn("error", "text")
    .addUniqueConstraint("job_runs_job_run_key", ["job", "run_key"])
    .execute();
  await db.schema.createIndex("job_runs_job_started").on("job_runs").columns(["job", "started_at"]).execute();
  await db.schema
    .createTable("retention_postponements")
    .addColumn("person_id", "text", (col) => col.primaryKey().references("persons.id"))
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("due_on", "text", (col) => col.notNull())
    .addColumn("reason", "text", (col) => col.notNull())
    .addColumn("postponed_by", "text", (col) => col.notNull().references("users.id"))
    .addColumn("postponed_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("retention_postponements_centre")
    .on("retention_postponements")
    .columns(["centre_id", "due_on"])
    .execute();
  await db.schema
    .createTable("retention_anonymisations")
    .addColumn("person_id", "text", (col) => col.primaryKey().references("persons.id"))
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("job_run_id", "text", (col) => col.references("job_runs.id"))
    .addColumn("anonymised_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("retention_anonymisations_run")
    .on("retention_anonymisations")
    .column("job_run_id")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("retention_anonymisations").execute();
  await db.schema.dropTable("retention_postponements").execute();
  await db.schema.dropTable("job_runs").execute();
  await db.schema.alterTable("centres").dropColumn("retention_years").execute();
}
