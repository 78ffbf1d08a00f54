import type { Insertable } from "kysely";
import type { EsfEntry } from "#shared/schemas/programme.ts";
import { addDays, addYears } from "#shared/time/calendar.ts";
import { insertInBatches } from "../db/bulk.ts";
import { centreScope } from "../db/centre-scope.ts";
import type { CasesTable, DbOrTx } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { insertDraftParticipant } from "../modules/esf/esf.service.ts";
import { nameTokenRows } from "../modules/persons/persons.repository.ts";
import { generatePerson, type PersonBundle } from "./case-data.ts";
import { createRandom } from "./random.ts";

type DemoDue = {
  familyName: string;
  givenNames: string;
  gender: "female" | "male";
  birthDate: string;
  country: string;
  /** Days from today to the day the rule makes them due (negative: overdue). */
  dueInDays: number;
  withoutCase?: boolean;
  postponeTo?: { inDays: number; reason: string };
  /** Enrolled in the regional ESF+ programme "Talent trifft Handwerk": held once legal holds apply. */
  esf?: boolean;
};

/** What "Löschfristen" shows on a first start (Hildesheim, 3 years): due soon, overdue, postponed, held. */
const demoDue: DemoDue[] = [
  {
    familyName: "Petrenko",
    givenNames: "Olena",
    gender: "female",
    birthDate: "1979-05-02",
    country: "UA",
    dueInDays: -6,
  },
  {
    familyName: "Haddad",
    givenNames: "Karim",
    gender: "male",
    birthDate: "1991-10-19",
    country: "SY",
    dueInDays: 5,
  },
  {
    familyName: "Nguyen",
    givenNames: "Thị Lan",
    gender: "female",
    birthDate: "1996-01-27",
    country: "VN",
    dueInDays: 18,
    withoutCase: true,
  },
  {
    familyName: "Yıldız",
    givenNames: "Emre",
    gender: "male",
    birthDate: "1987-07-08",
    country: "TR",
    dueInDays: 2,
    postponeTo: { inDays: 25, reason: "Widerspruchsverfahren zur Anerkennung läuft noch" },
  },
  {
    familyName: "Rahimi",
    givenNames: "Farid",
    gender: "male",
    birthDate: "1993-03-30",
    country: "AF",
    dueInDays: 12,
    esf: true,
  },
];

function formerClient(demo: DemoDue, sequence: number, options: SeedOptions): PersonBundle {
  const basisOn = addYears(addDays(options.today, demo.dueInDays), -3);
  const bundle = generatePerson(createRandom(20261202 + sequence), {
    centreId: options.centreId,
    district: options.district,
    advisorIds: [options.advisorId],
    today: basisOn,
    firstDay: addDays(basisOn, -400),
    maxActivitiesPerCase: 1,
    sequence: 90 + sequence,
    identity: demo,
  });
  const closedCase: Insertable<CasesTable> = {
    id: newId(),
    centre_id: options.centreId,
    person_id: bundle.person.id,
    status: "closed",
    concerns: JSON.stringify(["job_search"]),
    source_channel: "walk_in",
    advisor_id: options.advisorId,
    outcome: "moved_away",
    opened_on: addDays(basisOn, -180),
    closed_on: basisOn,
    last_activity_on: basisOn,
    created_at: `${addDays(basisOn, -180)}T09:00:00.000Z`,
    updated_at: `${basisOn}T15:00:00.000Z`,
    version: 2,
  };
  return {
    person: {
      ...bundle.person,
      permit_expires_on: null,
      open_case_id: null,
      open_case_status: null,
      open_case_advisor_id: null,
      open_case_concerns: null,
      support_from: demo.withoutCase ? null : closedCase.opened_on,
      support_until: demo.withoutCase ? null : basisOn,
      updated_at: `${basisOn}T15:00:00.000Z`,
    },
    cases: demo.withoutCase ? [] : [closedCase],
    activities: [],
    tasks: [],
    consents: bundle.consents,
  };
}

type SeedOptions = { centreId: string; district: string; advisorId: string; adminId: string; today: string };

export async function seedRetentionDemo(trx: DbOrTx, options: SeedOptions): Promise<void> {
  const bundles = demoDue.map((demo, sequence) => formerClient(demo, sequence, options));
  await insertInBatches(
    trx,
    "persons",
    bundles.map((bundle) => bundle.person),
  );
  await insertInBatches(
    trx,
    "person_name_tokens",
    bundles.flatMap((bundle) => nameTokenRows(bundle.person)),
  );
  await insertInBatches(
    trx,
    "person_consents",
    bundles.flatMap((bundle) => bundle.consents),
  );
  await insertInBatches(
    trx,
    "cases",
    bundles.flatMap((bundle) => bundle.cases),
  );
  const postponedAt = `${addDays(options.today, -3)}T10:30:00.000Z`;
  for (const [index, demo] of demoDue.entries()) {
    const person = bundles[index]?.person;
    if (!person) continue;
    if (demo.postponeTo)
      await trx
        .insertInto("retention_postponements")
        .values({
          person_id: person.id,
          centre_id: options.centreId,
          due_on: addDays(options.today, demo.postponeTo.inDays),
          reason: demo.postponeTo.reason,
          postponed_by: options.adminId,
          postponed_at: postponedAt,
        })
        .execute();
    if (demo.esf) await enrolInEsfProgramme(trx, options, person.id, person.support_from ?? options.today);
  }
}

async function enrolInEsfProgramme(trx: DbOrTx, options: SeedOptions, personId: string, enteredOn: string) {
  const programme = await trx
    .selectFrom("programmes")
    .select("id")
    .where("key", "=", "talent_trifft_handwerk")
    .where("centre_id", "is", null)
    .executeTakeFirst();
  if (!programme) return;
  const exitedOn = addDays(enteredOn, 120);
  const id = newId();
  const esfEntry: EsfEntry = {
    employmentStatus: "unemployed",
    ageBand: "30_54",
    iscedBand: "3-4",
    thirdCountryNational: true,
    disability: "no",
    disadvantaged: "no_answer",
  };
  await trx
    .insertInto("enrolments")
    .values({
      id,
      centre_id: options.centreId,
      programme_id: programme.id,
      person_id: personId,
      status: "completed",
      entered_on: enteredOn,
      exited_on: exitedOn,
      esf_entry: JSON.stringify(esfEntry),
      esf_result: null,
      created_by: options.advisorId,
      created_at: `${enteredOn}T09:00:00.000Z`,
      updated_at: `${exitedOn}T09:00:00.000Z`,
      version: 1,
    })
    .execute();
  // Every ESF+ enrolment has its participant record (the ESF+ module makes the draft, as for the API).
  const scope = centreScope(trx, options.centreId);
  const person = await scope
    .selectFrom("persons")
    .selectAll()
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  await insertDraftParticipant(
    scope,
    { id, personId, createdAt: `${enteredOn}T09:00:00.000Z` },
    person,
    esfEntry,
  );
}
