import { addDays } from "#shared/time/calendar.ts";
import type { CentreScope } from "../../db/centre-scope.ts";
import { berlinDayRange } from "../appointments/appointments.service.ts";

/** What the digest may say of a person: the letters of the initials, and where to link. */
const personColumns = [
  "persons.id as person_id",
  "persons.given_names",
  "persons.family_name",
  "persons.anonymised_at",
] as const;

/** How far ahead the digest looks for expiring permits and documents, and for ESF+ results. */
export const DIGEST_EXPIRY_DAYS = 30;
export const DIGEST_ESF_DAYS = 7;

const openTasksOf = (scope: CentreScope, advisorId: string) =>
  scope
    .selectFrom("tasks")
    .innerJoin("persons", "persons.id", "tasks.person_id")
    .select([...personColumns, "tasks.id", "tasks.case_id", "tasks.due_on", "tasks.auto_key"])
    .where("tasks.assignee_id", "=", advisorId)
    .where("tasks.done_at", "is", null)
    .where("persons.anonymised_at", "is", null);

export async function digestRows(scope: CentreScope, advisorId: string, today: string) {
  const horizon = addDays(today, DIGEST_EXPIRY_DAYS);
  const tomorrow = addDays(today, 1);
  const tomorrowRange = berlinDayRange(tomorrow, tomorrow);
  const [tasks, esf, residencePermits, documents, appointments] = await Promise.all([
    openTasksOf(scope, advisorId)
      .where("tasks.due_on", "<=", today)
      .where((eb) =>
        eb.or([
          eb("tasks.auto_key", "is", null),
          eb.and([
            eb("tasks.auto_key", "not like", "esf-%"),
            eb("tasks.auto_key", "not like", "permit:%"),
            eb("tasks.auto_key", "not like", "document:%"),
          ]),
        ]),
      )
      .orderBy("tasks.due_on")
      .orderBy("tasks.id")
      .limit(50)
      .execute(),
    openTasksOf(scope, advisorId)
      .where("tasks.auto_key", "like", "esf-%")
      .where("tasks.due_on", "<=", addDays(today, DIGEST_ESF_DAYS))
      .orderBy("tasks.due_on")
      .orderBy("tasks.id")
      .limit(50)
      .execute(),
    scope
      .selectFrom("persons")
      .select([...personColumns, "persons.permit_expires_on"])
      .where("persons.open_case_advisor_id", "=", advisorId)
      .where("persons.anonymised_at", "is", null)
      .where("persons.permit_expires_on", ">=", today)
      .where("persons.permit_expires_on", "<=", horizon)
      .orderBy("persons.permit_expires_on")
      .orderBy("persons.id")
      .limit(50)
      .execute(),
    scope
      .selectFrom("documents")
      .innerJoin("persons", "persons.id", "documents.person_id")
      .select([...personColumns, "documents.id", "documents.valid_until"])
      .where("persons.open_case_advisor_id", "=", advisorId)
      .where("persons.anonymised_at", "is", null)
      .where("documents.status", "=", "ready")
      .where("documents.valid_until", ">=", today)
      .where("documents.valid_until", "<=", horizon)
      .orderBy("documents.valid_until")
      .orderBy("documents.id")
      .limit(50)
      .execute(),
    scope
      .selectFrom("appointments")
      .innerJoin("persons", "persons.id", "appointments.person_id")
      .select([...personColumns, "appointments.id", "appointments.type", "appointments.starts_at"])
      .where("appointments.advisor_id", "=", advisorId)
      .where("appointments.cancelled_at", "is", null)
      .where("appointments.starts_at", ">=", tomorrowRange.from)
      .where("appointments.starts_at", "<", tomorrowRange.before)
      .orderBy("appointments.starts_at")
      .limit(50)
      .execute(),
  ]);
  return { tasks, esf, residencePermits, documents, appointments };
}
