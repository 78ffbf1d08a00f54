import type { Insertable } from "kysely";
import { type CaseOutcome, type CaseStatus, type Concern, concerns } from "#shared/reference/cases.ts";
import { PersonCreateSchema } from "#shared/schemas/person.ts";
import { addDays } from "#shared/time/calendar.ts";
import type {
  CaseActivitiesTable,
  CasesTable,
  PersonConsentsTable,
  PersonsTable,
  TasksTable,
} from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { personColumns } from "../modules/persons/person-mapping.ts";
import {
  activityTexts,
  familyNameFor,
  femaleGivenNames,
  origins,
  targetOccupations,
  taskTitles,
} from "./demo-people.ts";
import type { Random } from "./random.ts";
import { seasonalDay } from "./seasonal-days.ts";

export type PersonBundle = {
  person: Insertable<PersonsTable>;
  cases: Insertable<CasesTable>[];
  activities: Insertable<CaseActivitiesTable>[];
  tasks: Insertable<TasksTable>[];
  consents: Insertable<PersonConsentsTable>[];
};

export type CaseDataOptions = {
  centreId: string;
  district: string;
  advisorIds: readonly string[];
  today: string;
  firstDay: string;
  maxActivitiesPerCase: number;
  /** The person's number within the centre, for evenly spread first contacts (see seasonal-days.ts). */
  sequence?: number;
  /** A fixed demo person (name, gender, birth date, origin country, living in `district`); the rest is drawn. */
  identity?: {
    familyName: string;
    givenNames: string;
    gender: "female" | "male";
    birthDate: string;
    country: string;
  };
};

const districtsNearby = [
  "region-hannover",
  "lk-hildesheim",
  "lk-hameln-pyrmont",
  "lk-holzminden",
  "lk-nienburg",
  "lk-schaumburg",
];

const dayBetween = (random: Random, from: string, to: string) => {
  const span = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000));
  return addDays(from, random.int(0, span));
};

const emailOf = (given: string, family: string) =>
  `${`${given}.${family}`
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z.]/g, "")}@example.org`;

const instantOn = (day: string, random: Random) =>
  `${day}T${String(random.int(7, 17)).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}:00.000Z`;

/**
 * One demo person with their case history: older persons tend to have a closed case, newer ones an
 * open one; activities fall between opening and closing; tasks and permits lie around today.
 */
export function generatePerson(random: Random, options: CaseDataOptions): PersonBundle {
  const identity = options.identity;
  const origin =
    origins.find((entry) => entry.country === identity?.country) ??
    random.weighted(origins.map((entry) => [entry, entry.weight] as const));
  const drawnFamilyName = random.pick(origin.family);
  const givenNames = identity?.givenNames ?? random.pick(origin.given);
  const drawnBirthYear = random.int(1970, 2006);
  const drawnBirthDate = `${drawnBirthYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
  const birthDate = identity?.birthDate ?? drawnBirthDate;
  const birthYear = Number(birthDate.slice(0, 4));
  const firstContact = seasonalDay(random, options.firstDay, options.today, options.sequence);
  const permitType = random.weighted(origin.permits);
  const permitExpiresOn =
    permitType === "eu_free_movement"
      ? null
      : random.chance(0.12)
        ? addDays(options.today, random.int(-20, 85))
        : addDays(options.today, random.int(90, 900));
  const target = random.weighted(targetOccupations);
  const recognitionStatus = random.weighted([
    ["not_started", 4],
    ["applied", 3],
    ["full", 2],
    ["partial", 2],
    ["rejected", 1],
  ] as const);
  // Drawn here, in the same place of the random sequence as before; the given name decides female or male.
  const drawnGender = random.weighted([
    ["female", 5],
    ["male", 5],
    ["diverse", 0.2],
  ] as const);
  const gender =
    identity?.gender ??
    (drawnGender === "diverse" ? "diverse" : femaleGivenNames.has(givenNames) ? "female" : "male");
  const familyName = identity?.familyName ?? familyNameFor(drawnFamilyName, gender);
  const fields = PersonCreateSchema.parse({
    familyName,
    givenNames,
    nameLatin: /[^\u0020-\u007f]/.test(`${familyName}${givenNames}`)
      ? `${givenNames} ${familyName}`
          .normalize("NFD")
          .replace(/\p{M}/gu, "")
          .replace(/[ıİ]/g, "i")
          .replace(/[đĐ]/g, "d")
      : null,
    birthDate,
    gender,
    nationality: origin.country,
    languages: [
      ...new Set([
        random.pick(origin.languages),
        ...(random.chance(0.5) ? ["en"] : []),
        ...(random.chance(0.6) ? ["de"] : []),
      ]),
    ],
    email: random.chance(0.8) ? emailOf(givenNames, familyName) : null,
    phone: random.chance(0.85) ? `+49 1${random.int(50, 79)} ${random.int(1000000, 9999999)}` : null,
    district: identity
      ? options.district
      : random.chance(0.1)
        ? "abroad"
        : random.chance(0.75)
          ? options.district
          : random.pick(districtsNearby),
    arrivalDate: random.chance(0.1) ? null : dayBetween(random, "2019-01-01", firstContact),
    educationLevel: random.pick(["2", "3", "3", "4", "4", "5", "6", "6", "7"]),
    qualifications: random.chance(0.7)
      ? [
          {
            occupation: target,
            title: null,
            country: origin.country,
            year: Math.min(birthYear + random.int(18, 30), 2026),
          },
        ]
      : [],
    targetOccupation: target,
    availableFrom: random.chance(0.6) ? addDays(options.today, random.int(-60, 180)) : null,
    permitType,
    permitExpiresOn,
    fastTrack81a: random.chance(0.15),
    recognitionOccupation: recognitionStatus === "not_started" ? null : target,
    recognitionBody:
      recognitionStatus === "not_started"
        ? null
        : random.pick(["ihk_fosa", "hwk", "state_authority"] as const),
    recognitionStatus,
    recognitionDeficits:
      recognitionStatus === "partial" ? "Fehlende Praxisanteile nach deutschem Ausbildungsrahmenplan" : null,
    recognitionMeasure:
      recognitionStatus === "partial"
        ? random.pick(["Anpassungsqualifizierung im Betrieb", "Anpassungslehrgang", "Kenntnisprüfung"])
        : null,
  });
  // A qualification from the country of origin lies before the arrival (before the first contact when the
  // arrival is unknown); someone who came too young for one (under 18 in that year) has none.
  const latestYear = Number((fields.arrivalDate ?? firstContact).slice(0, 4)) - 1;
  const qualifications = fields.qualifications.flatMap((qualification) => {
    const year = Math.min(qualification.year ?? latestYear, latestYear);
    return year >= birthYear + 18 ? [{ ...qualification, year }] : [];
  });
  const { acknowledgedDuplicates: _none, ...drawnFields } = fields;
  const personFields = { ...drawnFields, qualifications };
  const personId = newId();
  const createdAt = instantOn(firstContact, random);
  const bundle: PersonBundle = {
    person: {
      id: personId,
      centre_id: options.centreId,
      ...personColumns(personFields),
      open_case_id: null,
      open_case_status: null,
      open_case_advisor_id: null,
      open_case_concerns: null,
      support_from: null,
      support_until: null,
      german_levels: null,
      german_level: null,
      certificate_gap: 0,
      created_by: null,
      created_at: createdAt,
      updated_at: createdAt,
      version: 1,
    },
    cases: [],
    activities: [],
    tasks: [],
    consents: [],
  };

  bundle.consents.push(consent(random, options, personId, "counselling", firstContact));
  if (random.chance(0.6))
    bundle.consents.push(consent(random, options, personId, "employer_sharing", firstContact));
  if (random.chance(0.4))
    bundle.consents.push(consent(random, options, personId, "authority_referral", firstContact));
  const mayRefer = (day: string) =>
    bundle.consents.some(
      (row) =>
        row.purpose === "authority_referral" &&
        row.given_on <= day &&
        (row.withdrawn_on == null || row.withdrawn_on > day),
    );

  const caseCount = random.chance(0.15) ? 2 : 1;
  let opened = firstContact;
  for (let index = 0; index < caseCount; index++) {
    const last = index === caseCount - 1;
    const ageDays = (Date.parse(options.today) - Date.parse(opened)) / 86_400_000;
    const status: CaseStatus =
      !last || (ageDays > 200 && random.chance(0.7))
        ? "closed"
        : random.weighted([
            ["new", ageDays < 30 ? 4 : 0.5],
            ["active", 6],
            ["on_hold", 1.5],
          ] as const);
    const closedOn =
      status === "closed" ? addDays(opened, random.int(20, Math.max(21, Math.min(400, ageDays)))) : null;
    const caseEnd = closedOn && closedOn < options.today ? closedOn : options.today;
    const advisorId = random.pick(options.advisorIds);
    const caseConcerns = pickConcerns(random);
    const caseId = newId();
    const outcome: CaseOutcome | null =
      status === "closed"
        ? random.weighted([
            ["employment", 5],
            ["apprenticeship", 4],
            ["internship_completed", 2],
            ["further_education", 1],
            ["moved_away", 1],
            ["no_contact", 2],
            ["other", 0.5],
          ] as const)
        : null;
    const activityCount = status === "new" ? random.int(0, 1) : random.int(1, options.maxActivitiesPerCase);
    let lastActivity: string | null = null;
    for (let a = 0; a < activityCount; a++) {
      const picked =
        a === 0
          ? "consultation"
          : random.pick([
              "consultation",
              "phone",
              "phone",
              "email",
              "referral",
              "document_check",
              "note",
            ] as const);
      const occurred = dayBetween(random, opened, caseEnd);
      // A referral needs the consent to pass data to an authority on that day; without it, a note.
      const type = picked === "referral" && !mayRefer(occurred) ? "note" : picked;
      if (!lastActivity || occurred > lastActivity) lastActivity = occurred;
      const at = instantOn(occurred, random);
      bundle.activities.push({
        id: newId(),
        centre_id: options.centreId,
        case_id: caseId,
        type,
        occurred_on: occurred,
        duration_minutes:
          type === "consultation"
            ? random.pick([30, 45, 60, 90])
            : type === "phone"
              ? random.int(5, 20)
              : null,
        text: random.pick(activityTexts[type] ?? ["Notiz"]),
        author_id: advisorId,
        created_at: at,
        updated_at: at,
        version: 1,
      });
    }
    const createdCaseAt = instantOn(opened, random);
    bundle.cases.push({
      id: caseId,
      centre_id: options.centreId,
      person_id: personId,
      status,
      concerns: JSON.stringify(caseConcerns),
      source_channel: random.weighted([
        ["walk_in", 4],
        ["employer", 2],
        ["online", 3],
        ["agency", 1],
        ["university", 1],
        ["authority", 1.5],
      ] as const),
      advisor_id: advisorId,
      outcome,
      opened_on: opened,
      closed_on: closedOn,
      last_activity_on: lastActivity,
      created_at: createdCaseAt,
      updated_at: createdCaseAt,
      version: 1,
    });
    if (status !== "closed") {
      bundle.person.open_case_id = caseId;
      bundle.person.open_case_status = status;
      bundle.person.open_case_advisor_id = advisorId;
      bundle.person.open_case_concerns = JSON.stringify(caseConcerns);
      const taskCount = random.int(0, 3);
      for (let t = 0; t < taskCount; t++) {
        const due = addDays(options.today, random.int(-6, 14));
        const done = due < options.today && random.chance(0.4);
        const at = instantOn(addDays(options.today, -random.int(1, 20)), random);
        bundle.tasks.push({
          id: newId(),
          centre_id: options.centreId,
          case_id: caseId,
          person_id: personId,
          title: random.pick(taskTitles),
          due_on: due,
          assignee_id: advisorId,
          done_at: done ? instantOn(due, random) : null,
          auto_key: null,
          created_by: advisorId,
          created_at: at,
          updated_at: at,
          version: 1,
        });
      }
    }
    if (closedOn) opened = addDays(closedOn, random.int(30, 200));
    if (opened > options.today) break;
  }
  // The support span the case services keep on the person row (cases are generated in order).
  bundle.person.support_from = bundle.cases[0]?.opened_on ?? null;
  bundle.person.support_until = bundle.cases.some((row) => row.status !== "closed")
    ? null
    : (bundle.cases.at(-1)?.closed_on ?? null);
  return bundle;
}

function consent(
  random: Random,
  options: CaseDataOptions,
  personId: string,
  purpose: string,
  day: string,
): Insertable<PersonConsentsTable> {
  const withdrawn = purpose !== "counselling" && random.chance(0.08);
  return {
    id: newId(),
    centre_id: options.centreId,
    person_id: personId,
    purpose,
    given_on: day,
    channel: random.pick(["in_person", "in_person", "paper", "online"]),
    notice_version: day < "2025-06-01" ? "2024-01" : "2025-06",
    withdrawn_on: withdrawn ? dayBetween(random, day, options.today) : null,
    recorded_by: random.pick(options.advisorIds),
    created_at: instantOn(day, random),
  };
}

function pickConcerns(random: Random): Concern[] {
  const first = random.weighted([
    ["job_search", 5],
    ["apprenticeship", 4],
    ["recognition", 4],
    ["residence", 2],
    ["language", 2],
    ["studies_to_work", 1.5],
    ["family", 0.5],
  ] as const);
  const more = random.chance(0.5) ? [random.pick(concerns)] : [];
  return [...new Set([first, ...more])];
}
