import type { Db } from "#server/db/database.ts";
import { newId } from "#server/lib/ids.ts";
import { nowIso } from "#server/lib/time.ts";
import { refreshSupportSpan } from "#server/modules/persons/persons.repository.ts";
import { createPerson } from "./index.ts";

const stamps = () => {
  const now = nowIso();
  return { created_at: now, updated_at: now, version: 1 };
};

type PersonFacts = {
  nationality?: string;
  germanLevel?: string | null;
  certificateGap?: boolean;
  permitType?: string | null;
};

/** A person whose statistics-relevant columns are set directly, as the language service would keep them. */
export async function createCountedPerson(db: Db, centreId: string, facts: PersonFacts = {}) {
  const person = await createPerson(db, centreId, { nationality: facts.nationality ?? "SY" });
  await db
    .updateTable("persons")
    .set({
      german_level: facts.germanLevel ?? null,
      certificate_gap: facts.certificateGap ? 1 : 0,
      permit_type: facts.permitType ?? null,
    })
    .where("id", "=", person.id)
    .execute();
  return person;
}

export async function insertCase(
  db: Db,
  centreId: string,
  personId: string,
  openedOn: string,
  closedOn: string | null = null,
) {
  const row = {
    id: newId(),
    centre_id: centreId,
    person_id: personId,
    status: closedOn ? "closed" : "active",
    concerns: JSON.stringify(["job_search"]),
    source_channel: "walk_in",
    advisor_id: null,
    outcome: closedOn ? "employment" : null,
    opened_on: openedOn,
    closed_on: closedOn,
    last_activity_on: null,
    ...stamps(),
  };
  await db.insertInto("cases").values(row).execute();
  await refreshSupportSpan(db, centreId, personId);
  return row;
}

export async function insertInquiry(
  db: Db,
  centreId: string,
  companyId: string,
  fields: { receivedOn: string; occupation?: string; district?: string; status?: string },
) {
  const row = {
    id: newId(),
    centre_id: centreId,
    company_id: companyId,
    district: fields.district ?? "lk-hildesheim",
    occupation: fields.occupation ?? "43104",
    people_count: 1,
    german_level: null,
    start_on: null,
    help_wanted: "[]",
    status: fields.status ?? "open",
    received_on: fields.receivedOn,
    notes: null,
    created_by: null,
    ...stamps(),
  };
  await db.insertInto("inquiries").values(row).execute();
  return row;
}

export async function insertOffer(
  db: Db,
  centreId: string,
  companyId: string,
  fields: {
    openedOn: string;
    type?: string;
    occupation?: string;
    district?: string;
    places?: number;
    placesTaken?: number;
    status?: string;
  },
) {
  const row = {
    id: newId(),
    centre_id: centreId,
    company_id: companyId,
    type: fields.type ?? "job",
    title: "Stelle",
    occupation: fields.occupation ?? "43104",
    district: fields.district ?? "lk-hildesheim",
    starts_on: null,
    ends_on: null,
    places: fields.places ?? 1,
    places_taken: fields.placesTaken ?? 0,
    language_requirement: "{}",
    programme_id: null,
    description: null,
    status: fields.status ?? "open",
    opened_on: fields.openedOn,
    created_by: null,
    ...stamps(),
  };
  await db.insertInto("offers").values(row).execute();
  return row;
}

export async function insertPlacement(
  db: Db,
  offer: { id: string; company_id: string },
  person: { id: string; centre_id: string },
  fields: { proposedOn: string; stage: string; caseId?: string | null; startedOn?: string | null },
) {
  const row = {
    id: newId(),
    centre_id: person.centre_id,
    offer_id: offer.id,
    company_id: offer.company_id,
    person_id: person.id,
    case_id: fields.caseId ?? null,
    stage: fields.stage,
    end_reason: null,
    end_note: null,
    proposed_on: fields.proposedOn,
    interview_on: null,
    accepted_on: null,
    started_on: fields.startedOn ?? null,
    completed_on: null,
    ended_on: null,
    employer_feedback: null,
    advisor_note: null,
    proposed_by: null,
    ...stamps(),
  };
  await db.insertInto("placements").values(row).execute();
  return row;
}

export async function insertProgramme(db: Db, centreId: string | null, name: string) {
  const row = {
    id: newId(),
    centre_id: centreId,
    key: "own",
    name,
    description: null,
    funding_source: "esf_plus",
    esf_project_number: null,
    starts_on: "2021-01-01",
    ends_on: null,
    ...stamps(),
  };
  await db.insertInto("programmes").values(row).execute();
  return row;
}

export async function insertEnrolment(
  db: Db,
  programmeId: string,
  person: { id: string; centre_id: string },
  fields: { enteredOn: string; status?: string; exitedOn?: string | null },
) {
  const row = {
    id: newId(),
    centre_id: person.centre_id,
    programme_id: programmeId,
    person_id: person.id,
    status: fields.status ?? "active",
    entered_on: fields.enteredOn,
    exited_on: fields.exitedOn ?? null,
    esf_entry: null,
    esf_result: null,
    created_by: null,
    ...stamps(),
  };
  await db.insertInto("enrolments").values(row).execute();
  return row;
}

export type ParticipantFacts = {
  employmentStatus: string | null;
  birthDate: string;
  iscedLevel: string;
  gender: string | null;
  nationality: string;
  disability?: string;
  minority?: string;
  homeless?: string;
  ruralArea?: boolean;
  confirmed: boolean;
  immediateResult?: {
    recordedOn: string;
    jobSearching: boolean;
    inEducation: boolean;
    gainedQualification: boolean;
    employed: boolean;
  } | null;
  longTermResult?: { recordedOn: string; employed: boolean } | null;
};

/** The ESF+ participant record of an enrolment, as an advisor would have recorded it. */
export async function insertParticipant(
  db: Db,
  enrolment: { id: string; centre_id: string; person_id: string },
  facts: ParticipantFacts,
) {
  await db
    .insertInto("esf_participants")
    .values({
      enrolment_id: enrolment.id,
      centre_id: enrolment.centre_id,
      person_id: enrolment.person_id,
      employment_status: facts.employmentStatus,
      birth_date: facts.birthDate,
      isced_level: facts.iscedLevel,
      gender: facts.gender,
      nationality: facts.nationality,
      foreign_background: 1,
      rural_area: facts.ruralArea ? 1 : 0,
      disability: facts.disability ?? "no_answer",
      minority: facts.minority ?? "no_answer",
      homeless: facts.homeless ?? "no_answer",
      confirmed_at: facts.confirmed ? new Date().toISOString() : null,
      confirmed_by: null,
      immediate_result: facts.immediateResult ? JSON.stringify(facts.immediateResult) : null,
      long_term_result: facts.longTermResult ? JSON.stringify(facts.longTermResult) : null,
      ...stamps(),
    })
    .execute();
}
