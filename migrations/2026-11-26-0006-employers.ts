import type { Kysely } from "kysely";

/**
 * Employers, offers and placements: company profile columns, employer inquiries, programmes with
 * enrolments, recruitment agencies (companies.agency_id; persons through person_agencies), offers and
 * placements.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("agencies")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("country", "text", (col) => col.notNull())
    .addColumn("seal_status", "text", (col) => col.notNull())
    .addColumn("seal_valid_until", "text")
    .addColumn("website", "text")
    .addColumn("notes", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("agencies_name").on("agencies").columns(["name", "id"]).execute();

  await db.schema
    .alterTable("companies")
    .addColumn("sector", "text", (col) => col.notNull().defaultTo("other"))
    .execute();
  await db.schema.alterTable("companies").addColumn("chamber", "text").execute();
  await db.schema.alterTable("companies").addColumn("size_band", "text").execute();
  await db.schema
    .alterTable("companies")
    .addColumn("contacts", "text", (col) => col.notNull().defaultTo("[]"))
    .execute();
  await db.schema.alterTable("companies").addColumn("notes", "text").execute();
  await db.schema.alterTable("companies").addColumn("agency_id", "text").execute();
  await db.schema
    .alterTable("companies")
    .addColumn("name_folded", "text", (col) => col.notNull().defaultTo(""))
    .execute();
  await db.schema
    .createTable("person_agencies")
    .addColumn("person_id", "text", (col) => col.primaryKey().references("persons.id"))
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("agency_id", "text", (col) => col.notNull().references("agencies.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("person_agencies_agency")
    .on("person_agencies")
    .columns(["agency_id"])
    .execute();

  await db.schema
    .createTable("inquiries")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("company_id", "text", (col) => col.notNull().references("companies.id"))
    .addColumn("district", "text", (col) => col.notNull())
    .addColumn("occupation", "text", (col) => col.notNull())
    .addColumn("people_count", "integer", (col) => col.notNull())
    .addColumn("german_level", "text")
    .addColumn("start_on", "text")
    .addColumn("help_wanted", "text", (col) => col.notNull())
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("received_on", "text", (col) => col.notNull())
    .addColumn("notes", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("inquiries_centre_received")
    .on("inquiries")
    .columns(["centre_id", "received_on", "id"])
    .execute();
  await db.schema
    .createIndex("inquiries_company_received")
    .on("inquiries")
    .columns(["company_id", "received_on", "id"])
    .execute();

  await db.schema
    .createTable("programmes")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.references("centres.id"))
    .addColumn("key", "text", (col) => col.notNull())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("description", "text")
    .addColumn("funding_source", "text", (col) => col.notNull())
    .addColumn("esf_project_number", "text")
    .addColumn("starts_on", "text", (col) => col.notNull())
    .addColumn("ends_on", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable("enrolments")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("programme_id", "text", (col) => col.notNull().references("programmes.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("entered_on", "text", (col) => col.notNull())
    .addColumn("exited_on", "text")
    .addColumn("esf_entry", "text")
    .addColumn("esf_result", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("enrolments_centre_programme")
    .on("enrolments")
    .columns(["centre_id", "programme_id", "entered_on", "id"])
    .execute();
  await db.schema
    .createIndex("enrolments_person")
    .on("enrolments")
    .columns(["person_id", "entered_on"])
    .execute();

  await db.schema
    .createTable("offers")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("company_id", "text", (col) => col.notNull().references("companies.id"))
    .addColumn("type", "text", (col) => col.notNull())
    .addColumn("title", "text", (col) => col.notNull())
    .addColumn("occupation", "text", (col) => col.notNull())
    .addColumn("district", "text", (col) => col.notNull())
    .addColumn("starts_on", "text")
    .addColumn("ends_on", "text")
    .addColumn("places", "integer", (col) => col.notNull())
    .addColumn("places_taken", "integer", (col) => col.notNull().defaultTo(0))
    .addColumn("language_requirement", "text", (col) => col.notNull())
    .addColumn("programme_id", "text", (col) => col.references("programmes.id"))
    .addColumn("description", "text")
    .addColumn("status", "text", (col) => col.notNull())
    .addColumn("opened_on", "text")
    .addColumn("created_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("offers_status_created")
    .on("offers")
    .columns(["status", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("offers_centre_created")
    .on("offers")
    .columns(["centre_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("offers_company_created")
    .on("offers")
    .columns(["company_id", "created_at", "id"])
    .execute();

  await db.schema
    .createTable("placements")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("offer_id", "text", (col) => col.notNull().references("offers.id"))
    .addColumn("company_id", "text", (col) => col.notNull().references("companies.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("case_id", "text")
    .addColumn("stage", "text", (col) => col.notNull())
    .addColumn("end_reason", "text")
    .addColumn("end_note", "text")
    .addColumn("proposed_on", "text", (col) => col.notNull())
    .addColumn("interview_on", "text")
    .addColumn("accepted_on", "text")
    .addColumn("started_on", "text")
    .addColumn("completed_on", "text")
    .addColumn("ended_on", "text")
    .addColumn("employer_feedback", "text")
    .addColumn("advisor_note", "text")
    .addColumn("proposed_by", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex("placements_centre_created")
    .on("placements")
    .columns(["centre_id", "created_at", "id"])
    .execute();
  await db.schema.createIndex("placements_offer").on("placements").columns(["offer_id", "stage"]).execute();
  await db.schema
    .createIndex("placements_company_created")
    .on("placements")
    .columns(["company_id", "created_at", "id"])
    .execute();
  await db.schema
    .createIndex("placements_person")
    .on("placements")
    .columns(["person_id", "proposed_on"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["placements", "offers", "enrolments", "programmes", "inquiries"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable("person_agencies").execute();
  for (const column of ["name_folded", "agency_id", "notes", "contacts", "size_band", "chamber", "sector"]) {
    await db.schema.alterTable("companies").dropColumn(column).execute();
  }
  await db.schema.dropTable("agencies").execute();
}
