import type { Kysely } from "kysely";

/**
 * The ESF+ participant record per enrolment (decision 0029): entry data against Annex I of Regulation (EU)
 * 2021/1057, confirmed by the advisor, and the results upon leaving and six months after. Age band and ISCED
 * band are no longer stored, they are derived from birth date and ISCED level.
 *
 * Backfill: every enrolment in an ESF+ programme gets a draft record, prefilled from the person's profile
 * and from the legacy `enrolments.esf_entry`/`esf_result` JSON; it stays unconfirmed until an advisor checks it.
 * Frozen: reads only the columns as they stand on 2026-12-02.
 */
type Legacy = {
  id: string;
  centre_id: string;
  person_id: string;
  esf_entry: string | null;
  esf_result: string | null;
  created_at: string;
  birth_date: string;
  gender: string | null;
  nationality: string;
  education_level: string | null;
};

const parsed = (text: string | null): Record<string, unknown> | null => {
  if (!text) return null;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
};

const employmentStatuses = [
  "employed",
  "self_employed",
  "unemployed",
  "long_term_unemployed",
  "inactive",
  "in_education",
];
const answers = ["yes", "no", "no_answer"];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("esf_participants")
    .addColumn("enrolment_id", "text", (col) => col.primaryKey().references("enrolments.id"))
    .addColumn("centre_id", "text", (col) => col.notNull().references("centres.id"))
    .addColumn("person_id", "text", (col) => col.notNull().references("persons.id"))
    .addColumn("employment_status", "text")
    .addColumn("birth_date", "text")
    .addColumn("isced_level", "text")
    .addColumn("gender", "text")
    .addColumn("nationality", "text")
    .addColumn("foreign_background", "integer")
    .addColumn("rural_area", "integer")
    .addColumn("disability", "text", (col) => col.notNull().defaultTo("no_answer"))
    .addColumn("minority", "text", (col) => col.notNull().defaultTo("no_answer"))
    .addColumn("homeless", "text", (col) => col.notNull().defaultTo("no_answer"))
    .addColumn("confirmed_at", "text")
    .addColumn("confirmed_by", "text", (col) => col.references("users.id"))
    .addColumn("immediate_result", "text")
    .addColumn("long_term_result", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .addColumn("version", "integer", (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("esf_participants_centre").on("esf_participants").column("centre_id").execute();

  const rows: Legacy[] = await db
    .selectFrom("enrolments")
    .innerJoin("programmes", "programmes.id", "enrolments.programme_id")
    .innerJoin("persons", "persons.id", "enrolments.person_id")
    .where("programmes.funding_source", "=", "esf_plus")
    .select([
      "enrolments.id",
      "enrolments.centre_id",
      "enrolments.person_id",
      "enrolments.esf_entry",
      "enrolments.esf_result",
      "enrolments.created_at",
      "persons.birth_date",
      "persons.gender",
      "persons.nationality",
      "persons.education_level",
    ])
    .execute();
  for (const row of rows) {
    const entry = parsed(row.esf_entry);
    const result = parsed(row.esf_result);
    const status = entry?.employmentStatus;
    const disability = entry?.disability;
    await db
      .insertInto("esf_participants")
      .values({
        enrolment_id: row.id,
        centre_id: row.centre_id,
        person_id: row.person_id,
        employment_status: typeof status === "string" && employmentStatuses.includes(status) ? status : null,
        birth_date: row.birth_date,
        isced_level: row.education_level,
        gender: row.gender,
        nationality: row.nationality,
        foreign_background: null,
        rural_area: null,
        disability: typeof disability === "string" && answers.includes(disability) ? disability : "no_answer",
        minority: "no_answer",
        homeless: "no_answer",
        confirmed_at: null,
        confirmed_by: null,
        immediate_result: result
          ? JSON.stringify({
              recordedOn: result.recordedOn,
              jobSearching: result.jobSearching === true,
              inEducation: result.inEducation === true,
              gainedQualification: result.gainedQualification === true,
              employed: result.employed === true,
            })
          : null,
        long_term_result: null,
        created_at: row.created_at,
        updated_at: row.created_at,
        version: 1,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("esf_participants").execute();
}
