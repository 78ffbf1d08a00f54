import { say } from "#shared/api/issue-messages.ts";
import {
  type Appointment,
  type AppointmentCancel,
  type AppointmentCreate,
  type AppointmentListQuery,
  type AppointmentType,
  type AppointmentUpdate,
  appointmentSpanError,
} from "#shared/schemas/appointment.ts";
import { berlinInstant } from "#shared/time/berlin-clock.ts";
import { addDays } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { anonymisedPerson, conflict, fieldError, notFound, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { requireWritablePerson } from "../persons/writable-person.ts";
import * as appointments from "./appointments.repository.ts";

/** One list or download holds at most this many appointments (a quarter of a busy centre fits). */
export const MAX_APPOINTMENTS = 2000;

export const toAppointment = (row: appointments.AppointmentRow): Appointment => ({
  id: row.id,
  personId: row.person_id,
  personName: `${row.given_names} ${row.family_name}`,
  advisorId: row.advisor_id,
  advisorName: row.advisor_name,
  placementId: row.placement_id,
  type: row.type as AppointmentType,
  title: row.title,
  location: row.location,
  online: row.online === 1,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  cancelledAt: row.cancelled_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

const instant = (value: string) => new Date(value).toISOString();

/** `from` and `to` are Berlin days, both included: the range runs from the first midnight to the one after `to`. */
export const berlinDayRange = (from: string, to: string) => ({
  from: berlinInstant(from, "00:00"),
  before: berlinInstant(addDays(to, 1), "00:00"),
});

async function requireAppointment(scope: CentreScope, id: string) {
  const row = await appointments.findAppointment(scope, id);
  if (!row) throw notFound("Termin");
  return row;
}

async function assertBookable(scope: CentreScope, input: AppointmentCreate) {
  await requireWritablePerson(scope.db, scope.centreId, input.personId);
  if (input.placementId === undefined) return;
  if (input.type !== "employer_interview")
    throw fieldError("placementId", say("interview_only_for_placement"));
  if ((await appointments.personOfPlacement(scope, input.placementId)) !== input.personId)
    throw fieldError("placementId", say("not_persons_placement"));
}

export async function listAppointmentRows(db: Db, context: ActorContext, query: AppointmentListQuery) {
  const range = berlinDayRange(query.from, query.to);
  return appointments.listAppointments(scopeOf(db, context.actor), {
    ...range,
    personId: query.personId,
    advisorId: query.mine === "true" ? context.actor.id : undefined,
    includeCancelled: true,
    limit: MAX_APPOINTMENTS,
  });
}

export async function listAppointmentsOf(db: Db, context: ActorContext, query: AppointmentListQuery) {
  const rows = await listAppointmentRows(db, context, query);
  await context.recordRead({
    action: "appointment.list",
    entity: "appointment",
    entityId: null,
    details: { query, returned: rows.length },
    personIds: rows.map((row) => row.person_id),
  });
  return { items: rows.map(toAppointment) };
}

export async function createAppointment(db: Db, context: ActorContext, input: AppointmentCreate) {
  const id = newId();
  await scopeOf(db, context.actor).transaction(async (scope) => {
    await assertBookable(scope, input);
    const now = nowIso();
    await appointments.insertAppointment(scope, {
      id,
      centre_id: scope.centreId,
      person_id: input.personId,
      advisor_id: context.actor.id,
      placement_id: input.placementId ?? null,
      type: input.type,
      title: input.title || null,
      location: input.location || null,
      online: input.online ? 1 : 0,
      starts_at: instant(input.startsAt),
      ends_at: instant(input.endsAt),
      cancelled_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await recordAudit(scope.db, context, {
      action: "appointment.create",
      entity: "appointment",
      entityId: id,
      details: { personId: input.personId, type: input.type },
      personIds: [input.personId],
    });
  });
  return toAppointment(await requireAppointment(scopeOf(db, context.actor), id));
}

type Change = Parameters<typeof appointments.updateAppointmentIfVersion>[3];

async function changeAppointment(
  db: Db,
  context: ActorContext,
  id: string,
  version: number,
  action: string,
  changesOf: (current: appointments.AppointmentRow) => Change,
) {
  const scope = scopeOf(db, context.actor);
  await scope.transaction(async (tx) => {
    const current = await requireAppointment(tx, id);
    if (current.version !== version) throw staleVersion(toAppointment(current));
    if (current.anonymised_at) throw anonymisedPerson();
    const changes = changesOf(current);
    const updated = await appointments.updateAppointmentIfVersion(tx, id, version, {
      ...changes,
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(toAppointment(await requireAppointment(tx, id)));
    await recordAudit(tx.db, context, {
      action,
      entity: "appointment",
      entityId: id,
      details: { personId: current.person_id, fields: Object.keys(changes) },
      personIds: [current.person_id],
    });
  });
  return toAppointment(await requireAppointment(scope, id));
}

export function updateAppointment(db: Db, context: ActorContext, id: string, input: AppointmentUpdate) {
  const { version, ...fields } = input;
  return changeAppointment(db, context, id, version, "appointment.update", (current) => {
    if (current.cancelled_at)
      throw conflict("transition_not_allowed", "Ein abgesagter Termin lässt sich nicht mehr ändern");
    const startsAt = fields.startsAt ? instant(fields.startsAt) : current.starts_at;
    const endsAt = fields.endsAt ? instant(fields.endsAt) : current.ends_at;
    const spanError = appointmentSpanError(startsAt, endsAt);
    if (spanError) throw fieldError("endsAt", spanError);
    if (fields.type && fields.type !== "employer_interview" && current.placement_id)
      throw fieldError("type", say("placement_stays_interview"));
    return {
      ...(fields.startsAt && { starts_at: startsAt }),
      ...(fields.endsAt && { ends_at: endsAt }),
      ...(fields.type && { type: fields.type }),
      ...(fields.title !== undefined && { title: fields.title || null }),
      ...(fields.location !== undefined && { location: fields.location || null }),
      ...(fields.online !== undefined && { online: fields.online ? 1 : 0 }),
    };
  });
}

export function cancelAppointment(db: Db, context: ActorContext, id: string, input: AppointmentCancel) {
  return changeAppointment(db, context, id, input.version, "appointment.cancel", (current) => {
    if (current.cancelled_at) throw conflict("transition_not_allowed", "Der Termin ist schon abgesagt");
    return { cancelled_at: nowIso() };
  });
}

// The data other modules read and write through this module (its repository is private to it).
export const listAppointmentsOfPerson: typeof appointments.listAppointmentsOfPerson = (...args) =>
  appointments.listAppointmentsOfPerson(...args);

// The data other modules read and write through this module (its repository is private to it).
export const findAppointment: typeof appointments.findAppointment = (...args) =>
  appointments.findAppointment(...args);
