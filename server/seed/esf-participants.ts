import type { Insertable } from "kysely";
import { immediateDueOn, longTermDueOn, longTermFrom } from "#shared/esf/windows.ts";
import { municipalities, ruralAreaOf } from "#shared/reference/municipalities.ts";
import { addDays } from "#shared/time/calendar.ts";
import type { EnrolmentsTable, EsfParticipantsTable, PersonsTable } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { createRandom, type Random } from "./random.ts";

const legacyEntryOf = (text: string | null): { employmentStatus?: string; disability?: string } =>
  text ? (JSON.parse(text) as { employmentStatus?: string; disability?: string }) : {};

const statuses = [
  "unemployed",
  "unemployed",
  "long_term_unemployed",
  "inactive",
  "employed",
  "self_employed",
];

function immediateResult(random: Random, exitedOn: string, today: string, completed: boolean) {
  if (immediateDueOn(exitedOn) > today && random.chance(0.5)) return null;
  const late = random.chance(0.15);
  const recordedOn = late ? addDays(exitedOn, random.int(33, 60)) : addDays(exitedOn, random.int(0, 28));
  if (recordedOn > today || random.chance(0.1)) return null;
  return {
    recordedOn,
    jobSearching: random.chance(0.35),
    inEducation: random.chance(0.3),
    gainedQualification: completed && random.chance(0.5),
    employed: random.chance(0.4),
  };
}

/** Most participants name their municipality (rural area then follows it); the rest answer rural area themselves. */
function municipalityFor(random: Random, district: string): string | null {
  const candidates = municipalities.filter((municipality) => municipality.district === district);
  return candidates.length > 0 && random.chance(0.8) ? random.pick(candidates).code : null;
}

function longTermResult(random: Random, exitedOn: string, today: string) {
  if (longTermFrom(exitedOn) > today || random.chance(0.3)) return null;
  const recordedOn = random.chance(0.8)
    ? addDays(longTermFrom(exitedOn), random.int(0, 20))
    : addDays(longTermDueOn(exitedOn), random.int(5, 30));
  return recordedOn > today ? null : { recordedOn, employed: random.chance(0.55) };
}

/**
 * The ESF+ participant records of the demo (decision 0029): most complete and confirmed, a few drafts
 * (no employment status, not confirmed, rural area open), results in and out of their windows. Its own
 * random source (and one more for the municipalities), so the rest of the demo stays as it was. Writes the result upon leaving back into the
 * enrolment's older `esf_result`, so both say the same.
 */
export function esfParticipantsFor(
  enrolments: Insertable<EnrolmentsTable>[],
  persons: ReadonlyMap<string, Insertable<PersonsTable>>,
  esfProgrammeIds: ReadonlySet<string>,
  today: string,
): Insertable<EsfParticipantsTable>[] {
  const random = createRandom(20261202);
  const places = createRandom(20261203);
  return enrolments.flatMap((enrolment) => {
    const person = persons.get(enrolment.person_id);
    if (!person || !esfProgrammeIds.has(enrolment.programme_id)) return [];
    const legacy = legacyEntryOf(enrolment.esf_entry ?? null);
    const draft = random.chance(0.12);
    const immediate = enrolment.exited_on
      ? immediateResult(random, enrolment.exited_on, today, enrolment.status === "completed")
      : null;
    const longTerm = enrolment.exited_on ? longTermResult(random, enrolment.exited_on, today) : null;
    enrolment.esf_result = immediate ? JSON.stringify(immediate) : null;
    const employmentStatus =
      draft && random.chance(0.5) ? null : (legacy.employmentStatus ?? random.pick(statuses));
    const foreignBackground = person.nationality === "DE" ? (random.chance(0.5) ? 1 : 0) : 1;
    const answeredRural = draft && random.chance(0.5) ? null : random.chance(0.3) ? 1 : 0;
    const municipality = answeredRural === null ? null : municipalityFor(places, person.district);
    const derivedRural = ruralAreaOf(municipality);
    return [
      {
        enrolment_id: enrolment.id,
        centre_id: enrolment.centre_id,
        person_id: enrolment.person_id,
        employment_status: employmentStatus,
        birth_date: person.birth_date,
        isced_level: person.education_level,
        gender: person.gender,
        nationality: person.nationality,
        foreign_background: foreignBackground,
        municipality,
        rural_area: derivedRural === null ? answeredRural : derivedRural ? 1 : 0,
        disability: legacy.disability ?? random.pick(["no", "no", "no", "yes", "no_answer"]),
        minority: random.pick(["no", "no", "no_answer", "yes"]),
        homeless: random.pick(["no", "no", "no", "no_answer", "yes"]),
        confirmed_at: draft ? null : enrolment.created_at,
        confirmed_by: draft ? null : enrolment.created_by,
        immediate_result: immediate ? JSON.stringify(immediate) : null,
        long_term_result: longTerm ? JSON.stringify(longTerm) : null,
        created_at: enrolment.created_at,
        updated_at: enrolment.updated_at,
        version: 1,
      },
    ];
  });
}

/**
 * More ESF+ participants for the demo, so each of the two ESF+ programmes shows a realistic year: persons
 * not yet in any programme join one in the last 18 months (own random source, the rest stays as it was).
 */
export function extraEsfEnrolments(
  persons: readonly Insertable<PersonsTable>[],
  taken: ReadonlySet<string>,
  programmes: readonly { id: string; starts_on: string }[],
  advisorOf: (centreId: string) => string | null,
  today: string,
): Insertable<EnrolmentsTable>[] {
  const random = createRandom(20270101);
  if (programmes.length === 0) return [];
  return persons.flatMap((person) => {
    if (taken.has(person.id) || !random.chance(0.3)) return [];
    const programme = random.pick(programmes);
    const enteredOn = addDays(today, -random.int(20, 540));
    if (enteredOn < programme.starts_on) return [];
    const status = random.weighted<string>([
      ["active", 3],
      ["completed", 5],
      ["dropped_out", 1],
    ]);
    const exitedOn =
      status === "active"
        ? null
        : addDays(enteredOn, random.int(14, Math.max(14, Math.min(240, daysBetween(enteredOn, today)))));
    const exit = exitedOn && exitedOn > today ? today : exitedOn;
    const stamp = `${enteredOn}T09:00:00.000Z`;
    return [
      {
        id: newId(),
        centre_id: person.centre_id,
        programme_id: programme.id,
        person_id: person.id,
        status,
        entered_on: enteredOn,
        exited_on: exit,
        esf_entry: null,
        esf_result: null,
        created_by: advisorOf(person.centre_id),
        created_at: stamp,
        updated_at: stamp,
        version: 1,
      },
    ];
  });
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
