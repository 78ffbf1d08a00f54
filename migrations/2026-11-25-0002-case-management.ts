import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("persons")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("family_name", "text", (col) => col.notNull())
    .addColumn("given_names", "text", (col) => col.notNull())
    .addColumn("name_latin", "text")
    .addColumn("sort_name", "text", (col) => col.notNull())
    .addColumn("search_text", "text", (col) => col.notNull())
    .addColumn("family_key", "text", (col) => col.notNull())
    .addColumn("birth_date", "text", (col) => col.notNull())
    .addColumn("gender", "text")
    .addColumn("nationality", "text", (col) => col.notNull())
    .addColumn("languages", "text", (col) => col.notNull())
    .addColumn("email", "text")
    .addColumn("phone", "text")
    .addColumn("district", "text", (col) => col.notNull())
    .addColumn("arrival_date", "text")
    .addColumn("education_level", "text")
    .addColumn("qualifications", "text", (col) => col.notNull())
    .addColumn("target_occupation", "text")
    .addColumn("available_from", "text")
    .addColumn("permit_type", "text")
    .addColumn("permit_expires_on", "text")
    .addColumn("fast_track_81a", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("recognition_occupation", "text")
    .addColumn("recognition_body", "text")
    .addColumn("recognition_status", "text", (col) => col.notNull())
    .addColumn("recognition_deficits", "text")
    .addColumn("recognition_measure", "text")
    .addColumn("notes", "text")
    .addColumn("open_case_id", "text")
    .addColumn("open_case_status", "text")
    .addColumn("open_case_advisor_id", "text")
    .addColumn("open_case_concerns", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("persons_centre_sort")
    .on("persons")
    .columns(["centre_id", "sort_name", "id"])
    .execute();
  await db.schema
    .createIndex("persons_centre_created")
    .on("persons")
    .columns(["centre_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("persons_centre_birth")
    .on("persons")
    .columns(["centre_id", "birth_date"])
    .execute();
  await db.schema
    .createIndex("persons_centre_permit")
    .on("persons")
    .columns(["centre_id", "permit_expires_on", "id"])
    .execute();
  await db.schema
    .createIndex("persons_centre_status")
    .on("persons")
    .columns(["centre_id", "open_case_status", "sort_name", "id"])
    .execute();

  await db.schema
    .createTable("person_consents")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("purpose", "text", (col) => col.notNull())
    .addColumn("given_on", "text", (col) => col.notNull())
    .addColumn("channel", "text", (col) => col.notNull())
    .addColumn("notice_version", "text", (col) => col.notNull())
    .addColumn("withdrawn_on", "text")
    .addColumn("recorded_by", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("consents_person")
    .on("person_consents")
    .columns(["person_id", "purpose"])
    .execute();

  await db.schema
    .createTable("cases")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("concerns", "text", (col) => col.notNull())
    .addColumn("source_channel", "text", (col) => col.notNull())
    .addColumn("advisor_id", "text", (col) => col.references("users.id"))
    .addColumn("outcome", "text")
    .addColumn("opened_on", "text", (col) => col.notNull())
    .addColumn("closed_on", "text")
    .addColumn("last_activity_on", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("cases_centre_opened")
    .on("cases")
    .columns(["centre_id", "opened_on", "id"])
    .execute();
  await db.schema
    .createIndex("cases_centre_status")
    .on("cases")
    .columns(["centre_id", "status", "opened_on", "id"])
    .execute();
  await db.schema.createIndex("cases_person").on("cases").columns(["person_id", "opened_on"]).execute();
  await db.schema.createIndex("cases_advisor").on("cases").columns(["advisor_id", "status"]).execute();

  await db.schema
    .createTable("case_activities")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("case_id", "text", (col) => col.notNull().references("cases.id"))
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("occurred_on", "text", (col) => col.notNull())
    .addColumn("duration_minutes", "integer")
    .addColumn("text", "text", (col) => col.notNull())
    .addColumn("author_id", "text", (col) => col.notNull().references("users.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("activities_case")
    .on("case_activities")
    .columns(["case_id", "occurred_on", "created_at"])
    .execute();

  await db.schema
    .createTable("tasks")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("case_id", "text", (col) => col.notNull().references("cases.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("due_on", "text", (col) => col.notNull())
    .addColumn("assignee_id", "text", (col) => col.notNull().references("users.id"))
    .addColumn("done_at", "text")
    .addColumn("auto_key", "text", (col) => col.unique())
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("tasks_assignee_due")
    .on("tasks")
    .columns(["assignee_id", "done_at", "due_on"])
    .execute();
  await db.schema.createIndex("tasks_case").on("tasks").columns(["case_id", "due_on"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["tasks", "case_activities", "cases", "person_consents", "persons"]) {
    await db.schema.dropTable(table).execute();
  }
}
