import { sql } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";

/** A calendar date kept only as its month: the first of that month. */
export const monthOnly = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7) || '-01'`;
const monthOrNull = (column: string) =>
  sql<
    string | null
  >`case when ${sql.ref(column)} is null then null else substr(${sql.ref(column)}, 1, 7) || '-01' end`;

export const findPersonForAnonymisation = (scope: CentreScope, personId: string) =>
  scope
    .selectFrom("persons")
    .select(["persons.id", "persons.version", "persons.birth_date", "persons.anonymised_at"])
    .where("persons.id", "=", personId)
    .executeTakeFirst();

export const findActor = (scope: CentreScope, userId: string) =>
  scope
    .selectFrom("users")
    .select(["users.id", "users.email", "users.role"])
    .where("users.id", "=", userId)
    .executeTakeFirst();

/** Names, contact and free texts go; what the figures count (district, nationality, ISCED, permit…) stays. */
export async function anonymiseProfile(
  scope: CentreScope,
  person: { id: string; version: number; birth_date: string },
  now: string,
): Promise<boolean> {
  const result = await scope
    .updateTable("persons")
    .set({
      family_name: "Anonymisiert",
      given_names: "–",
      name_latin: null,
      sort_name: "~anonymisiert",
      search_text: "",
      family_key: "",
      birth_date: `${person.birth_date.slice(0, 4)}-01-01`,
      email: null,
      phone: null,
      arrival_date: monthOrNull("persons.arrival_date"),
      available_from: monthOrNull("persons.available_from"),
      permit_expires_on: monthOrNull("persons.permit_expires_on"),
      recognition_deficits: null,
      recognition_measure: null,
      notes: null,
      anonymised_at: now,
      updated_at: now,
      version: person.version + 1,
    })
    .where("persons.id", "=", person.id)
    .where("persons.version", "=", person.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await scope
    .deleteFrom("person_name_tokens")
    .where("person_name_tokens.person_id", "=", person.id)
    .execute();
  return true;
}

const casesOf = (scope: CentreScope, personId: string) =>
  scope.selectFrom("cases").select("cases.id").where("cases.person_id", "=", personId);

export async function anonymiseRecords(scope: CentreScope, personId: string): Promise<string[]> {
  const activityIds = (
    await scope
      .selectFrom("case_activities")
      .select("case_activities.id")
      .where("case_activities.case_id", "in", casesOf(scope, personId))
      .execute()
  ).map((row) => row.id);
  await scope
    .updateTable("case_activities")
    .set({ text: "", occurred_on: monthOnly("case_activities.occurred_on") })
    .where("case_activities.case_id", "in", casesOf(scope, personId))
    .execute();
  await scope
    .updateTable("tasks")
    .set({ title: "Anonymisiert" })
    .where("tasks.person_id", "=", personId)
    .execute();
  await scope
    .updateTable("language_entries")
    .set({
      certificate_number: null,
      assessor_name: null,
      note: null,
      date: monthOnly("language_entries.date"),
    })
    .where("language_entries.person_id", "=", personId)
    .execute();
  await scope
    .updateTable("placements")
    .set({ employer_feedback: null, advisor_note: null, end_note: null })
    .where("placements.person_id", "=", personId)
    .execute();
  await scope
    .updateTable("appointments")
    .set({ title: null, location: null })
    .where("appointments.person_id", "=", personId)
    .execute();
  // Mails (decision 0040): those to the person's own address go; the texts of those naming them by initials too.
  await scope
    .deleteFrom("mail_outbox")
    .where("mail_outbox.recipient_key", "=", `person:${personId}`)
    .execute();
  await scope
    .updateTable("mail_outbox")
    .set({ subject: "", text_body: "", html_body: "" })
    .where("mail_outbox.person_ids", "like", `%"${personId}"%`)
    .execute();
  await scope
    .updateTable("person_consents")
    .set({
      given_on: monthOnly("person_consents.given_on"),
      withdrawn_on: monthOrNull("person_consents.withdrawn_on"),
    })
    .where("person_consents.person_id", "=", personId)
    .execute();
  // The municipality narrows the place of residence below the district; the rural-area answer it gave stays.
  await scope
    .updateTable("esf_participants")
    .set({ municipality: null })
    .where("esf_participants.person_id", "=", personId)
    .execute();
  return activityIds;
}

/** Audit rows about the person, or about their timeline entries, whose details may hold copies of text. */
export const auditRowsAbout = (scope: CentreScope, personId: string, entityIds: readonly string[]) =>
  scope.db
    .selectFrom("audit_log")
    .select(["audit_log.id", "audit_log.details"])
    .where("audit_log.centre_id", "=", scope.centreId)
    .where("audit_log.details", "is not", null)
    .where((eb) =>
      eb.or([
        eb(
          "audit_log.id",
          "in",
          eb
            .selectFrom("audit_persons")
            .select("audit_persons.audit_id")
            .where("audit_persons.person_id", "=", personId),
        ),
        ...(entityIds.length > 0 ? [eb("audit_log.entity_id", "in", entityIds)] : []),
      ]),
    )
    .execute();

export async function replaceAuditDetails(scope: CentreScope, auditId: string, details: string | null) {
  await scope.db
    .updateTable("audit_log")
    .set({ details })
    .where("audit_log.id", "=", auditId)
    .where("audit_log.centre_id", "=", scope.centreId)
    .execute();
}

/** Cached responses may repeat the person's record or timeline; ids are unique, so a row naming one is theirs. */
export async function deleteCachedResponsesNaming(scope: CentreScope, ids: readonly string[]) {
  await scope.db
    .deleteFrom("idempotency_keys")
    .where((eb) =>
      eb.or(
        ids.flatMap((id) => [
          eb("idempotency_keys.request", "like", `%${id}%`),
          eb("idempotency_keys.response_body", "like", `%${id}%`),
        ]),
      ),
    )
    .execute();
}

export const caseIdsOf = async (scope: CentreScope, personId: string) =>
  (await casesOf(scope, personId).execute()).map((row) => row.id);
