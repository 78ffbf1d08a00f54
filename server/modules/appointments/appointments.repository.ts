import type { Insertable, Selectable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { AppointmentsTable } from "../../db/database.ts";

export type AppointmentRow = Selectable<AppointmentsTable> & {
  given_names: string;
  family_name: string;
  anonymised_at?: string | null | undefined;
  advisor_name: string;
};

const selectAppointments = (scope: CentreScope) =>
  scope
    .selectFrom("appointments")
    .innerJoin("persons", "persons.id", "appointments.person_id")
    .innerJoin("users as advisor", "advisor.id", "appointments.advisor_id")
    .selectAll("appointments")
    .select([
      "persons.given_names",
      "persons.family_name",
      "persons.anonymised_at",
      "advisor.name as advisor_name",
    ]);

export const findAppointment = (scope: CentreScope, id: string): Promise<AppointmentRow | undefined> =>
  selectAppointments(scope).where("appointments.id", "=", id).executeTakeFirst();

export type AppointmentFilter = {
  /** Instants: appointments that overlap [startsFrom, startsBefore). */
  from: string;
  before: string;
  personId?: string | undefined;
  advisorId?: string | undefined;
  includeCancelled: boolean;
  limit: number;
};

export function listAppointments(scope: CentreScope, filter: AppointmentFilter): Promise<AppointmentRow[]> {
  let query = selectAppointments(scope)
    .where("appointments.starts_at", "<", filter.before)
    .where("appointments.ends_at", ">", filter.from);
  if (filter.personId) query = query.where("appointments.person_id", "=", filter.personId);
  if (filter.advisorId) query = query.where("appointments.advisor_id", "=", filter.advisorId);
  if (!filter.includeCancelled) query = query.where("appointments.cancelled_at", "is", null);
  return query.orderBy("appointments.starts_at").orderBy("appointments.id").limit(filter.limit).execute();
}

export async function insertAppointment(
  scope: CentreScope,
  row: Insertable<AppointmentsTable>,
): Promise<void> {
  await scope.insertInto("appointments", row).execute();
}

export async function updateAppointmentIfVersion(
  scope: CentreScope,
  id: string,
  version: number,
  changes: Updateable<AppointmentsTable>,
): Promise<boolean> {
  const result = await scope
    .updateTable("appointments")
    .set({ ...changes, version: version + 1 })
    .where("appointments.id", "=", id)
    .where("appointments.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Every appointment of one person, for the Art. 15 bundle. */
export const listAppointmentsOfPerson = (scope: CentreScope, personId: string, limit: number) =>
  selectAppointments(scope)
    .where("appointments.person_id", "=", personId)
    .orderBy("appointments.starts_at")
    .limit(limit)
    .execute();

/** The person a placement of the centre is for (an interview booked on it must be theirs). */
export const personOfPlacement = async (
  scope: CentreScope,
  placementId: string,
): Promise<string | undefined> =>
  (
    await scope
      .selectFrom("placements")
      .select("placements.person_id")
      .where("placements.id", "=", placementId)
      .executeTakeFirst()
  )?.person_id;
