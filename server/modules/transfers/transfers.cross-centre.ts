import type { Insertable, Selectable } from "kysely";
import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx, PersonsTable, PersonTransfersTable } from "../../db/database.ts";

/** A transfer is seen by two centres, so every statement here reaches across them (decision 0041). */
const across = (db: DbOrTx) => crossCentre(db, "person-transfer");

export type TransferRow = Selectable<PersonTransfersTable> & {
  from_centre_name: string;
  to_centre_name: string;
  offered_by_name: string;
  decided_by_name: string | null;
};

const selectTransfers = (db: DbOrTx) =>
  across(db)
    .selectFrom("person_transfers")
    .innerJoin("centres as from_centre", "from_centre.id", "person_transfers.from_centre_id")
    .innerJoin("centres as to_centre", "to_centre.id", "person_transfers.to_centre_id")
    .innerJoin("users as offered_by", "offered_by.id", "person_transfers.offered_by")
    .leftJoin("users as decided_by", "decided_by.id", "person_transfers.decided_by")
    .selectAll("person_transfers")
    .select([
      "from_centre.name as from_centre_name",
      "to_centre.name as to_centre_name",
      "offered_by.name as offered_by_name",
      "decided_by.name as decided_by_name",
    ]);

/** A transfer the centre gives or receives; another centre's transfer is not there. */
export const findTransferOf = (db: DbOrTx, centreId: string, id: string): Promise<TransferRow | undefined> =>
  selectTransfers(db)
    .where("person_transfers.id", "=", id)
    .where((eb) =>
      eb.or([
        eb("person_transfers.from_centre_id", "=", centreId),
        eb("person_transfers.to_centre_id", "=", centreId),
      ]),
    )
    .executeTakeFirst();

export const listTransfersOf = (
  db: DbOrTx,
  centreId: string,
  filter: { direction: "incoming" | "outgoing"; status?: string | undefined; personId?: string | undefined },
): Promise<TransferRow[]> => {
  let query = selectTransfers(db).where(
    filter.direction === "incoming" ? "person_transfers.to_centre_id" : "person_transfers.from_centre_id",
    "=",
    centreId,
  );
  if (filter.status) query = query.where("person_transfers.status", "=", filter.status);
  if (filter.personId) query = query.where("person_transfers.person_id", "=", filter.personId);
  return query
    .orderBy("person_transfers.offered_at", "desc")
    .orderBy("person_transfers.id")
    .limit(200)
    .execute();
};

export const findCentre = (db: DbOrTx, id: string) =>
  across(db)
    .selectFrom("centres")
    .select(["centres.id", "centres.name"])
    .where("centres.id", "=", id)
    .executeTakeFirst();

export const pendingTransferOf = (db: DbOrTx, personId: string) =>
  across(db)
    .selectFrom("person_transfers")
    .select("person_transfers.id")
    .where("person_transfers.person_id", "=", personId)
    .where("person_transfers.status", "=", "pending")
    .executeTakeFirst();

export const insertTransfer = (db: DbOrTx, row: Insertable<PersonTransfersTable>) =>
  across(db).insertInto("person_transfers").values(row).execute();

export async function decideTransfer(
  db: DbOrTx,
  id: string,
  version: number,
  changes: Pick<Selectable<PersonTransfersTable>, "status" | "decided_by" | "decided_at"> &
    Partial<Pick<Selectable<PersonTransfersTable>, "kept_person_id">>,
): Promise<boolean> {
  const result = await across(db)
    .updateTable("person_transfers")
    .set({ ...changes, preview: null, version: version + 1 })
    .where("person_transfers.id", "=", id)
    .where("person_transfers.version", "=", version)
    .where("person_transfers.status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const monthOf = (day: string | null) => (day ? `${day.slice(0, 7)}-01` : null);

/** What the giving centre keeps: what its figures count (district, nationality, ISCED, permit…), no one to name. */
export const keptRecordOf = (
  person: Selectable<PersonsTable>,
  keptId: string,
  now: string,
  today: string,
): Insertable<PersonsTable> => ({
  ...person,
  id: keptId,
  family_name: "Übergeben",
  given_names: "–",
  name_latin: null,
  sort_name: "~übergeben",
  search_text: "",
  family_key: "",
  birth_date: `${person.birth_date.slice(0, 4)}-01-01`,
  email: null,
  phone: null,
  arrival_date: monthOf(person.arrival_date),
  available_from: monthOf(person.available_from),
  permit_expires_on: monthOf(person.permit_expires_on),
  recognition_deficits: null,
  recognition_measure: null,
  notes: null,
  qualifications: "[]",
  open_case_id: null,
  open_case_status: null,
  open_case_advisor_id: null,
  open_case_concerns: null,
  support_until: person.support_from ? (person.support_until ?? today) : null,
  external_id: null,
  anonymised_at: now,
  transferred_at: now,
  updated_at: now,
  version: 1,
});

export type Move = {
  personId: string;
  keptId: string;
  from: string;
  to: string;
  openCaseId: string | null;
  advisorId: string;
  now: string;
  today: string;
};

export const findPersonToMove = (db: DbOrTx, personId: string, centreId: string) =>
  across(db)
    .selectFrom("persons")
    .selectAll()
    .where("persons.id", "=", personId)
    .where("persons.centre_id", "=", centreId)
    .where("persons.anonymised_at", "is", null)
    .executeTakeFirst();

/** The giving centre's rows that stay (decision 0041), linked to the record it keeps, their free texts gone. */
async function relinkStayingRows(db: DbOrTx, move: Move) {
  const x = across(db);
  const openCase = move.openCaseId ?? "";
  const relink = { person_id: move.keptId };
  const ownedByPerson = { centre: move.from, person: move.personId };
  await x
    .updateTable("cases")
    .set(relink)
    .where("cases.person_id", "=", ownedByPerson.person)
    .where("cases.centre_id", "=", ownedByPerson.centre)
    .where("cases.id", "<>", openCase)
    .execute();
  await x
    .updateTable("tasks")
    .set({ ...relink, title: "Übergeben" })
    .where("tasks.person_id", "=", ownedByPerson.person)
    .where("tasks.centre_id", "=", ownedByPerson.centre)
    .where("tasks.case_id", "<>", openCase)
    .execute();
  await x
    .updateTable("case_activities")
    .set({ text: "" })
    .where("case_activities.centre_id", "=", move.from)
    .where("case_activities.case_id", "in", (eb) =>
      eb.selectFrom("cases").select("cases.id").where("cases.person_id", "=", move.keptId),
    )
    .execute();
  await x
    .updateTable("placements")
    .set({ ...relink, employer_feedback: null, advisor_note: null, end_note: null })
    .where("placements.person_id", "=", ownedByPerson.person)
    .where("placements.centre_id", "=", ownedByPerson.centre)
    .execute();
  await x
    .updateTable("placements")
    .set({ case_id: null })
    .where("placements.person_id", "=", move.keptId)
    .where("placements.case_id", "=", openCase)
    .execute();
  for (const table of [
    "enrolments",
    "esf_participants",
    "retention_postponements",
    "retention_anonymisations",
  ] as const)
    await x
      .updateTable(table)
      .set(relink)
      .where(`${table}.person_id`, "=", ownedByPerson.person)
      .where(`${table}.centre_id`, "=", ownedByPerson.centre)
      .execute();
  await x
    .updateTable("appointments")
    .set({ ...relink, title: null, location: null })
    .where("appointments.person_id", "=", ownedByPerson.person)
    .where("appointments.centre_id", "=", ownedByPerson.centre)
    .execute();
  await x
    .updateTable("appointments")
    .set({ cancelled_at: move.now, updated_at: move.now })
    .where("appointments.person_id", "=", move.keptId)
    .where("appointments.cancelled_at", "is", null)
    .where("appointments.starts_at", ">", move.now)
    .execute();
}

/** The rows that go with the person (decision 0041); the open case gets the accepting advisor. */
async function moveRows(db: DbOrTx, move: Move) {
  const x = across(db);
  await x
    .updateTable("persons")
    .set({
      centre_id: move.to,
      open_case_advisor_id: move.openCaseId ? move.advisorId : null,
      support_from: move.openCaseId ? move.today : null,
      support_until: null,
      updated_at: move.now,
    })
    .where("persons.id", "=", move.personId)
    .where("persons.centre_id", "=", move.from)
    .execute();
  for (const table of [
    "person_name_tokens",
    "person_consents",
    "person_agencies",
    "language_entries",
    "documents",
  ] as const)
    await x
      .updateTable(table)
      .set({ centre_id: move.to })
      .where(`${table}.person_id`, "=", move.personId)
      .where(`${table}.centre_id`, "=", move.from)
      .execute();
  if (!move.openCaseId) return;
  await x
    .updateTable("cases")
    .set({ centre_id: move.to, advisor_id: move.advisorId, updated_at: move.now })
    .where("cases.id", "=", move.openCaseId)
    .execute();
  await x
    .updateTable("case_activities")
    .set({ centre_id: move.to })
    .where("case_activities.case_id", "=", move.openCaseId)
    .execute();
  await x
    .updateTable("tasks")
    .set({ centre_id: move.to })
    .where("tasks.case_id", "=", move.openCaseId)
    .execute();
  await x
    .updateTable("tasks")
    .set({ assignee_id: move.advisorId })
    .where("tasks.case_id", "=", move.openCaseId)
    .where("tasks.done_at", "is", null)
    .execute();
}

/** Inside the accepting transaction: the kept record first, then the rows that stay, then the ones that move. */
export async function movePerson(db: DbOrTx, person: Selectable<PersonsTable>, move: Move) {
  await across(db)
    .insertInto("persons")
    .values(keptRecordOf(person, move.keptId, move.now, move.today))
    .execute();
  await relinkStayingRows(db, move);
  await moveRows(db, move);
}
