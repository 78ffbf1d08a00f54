import type { Insertable, Selectable, Updateable } from "kysely";
import type { Db, OffersTable, PlacementsTable } from "#server/db/database.ts";
import { newId } from "#server/lib/ids.ts";
import { nowIso } from "#server/lib/time.ts";
import type { ConsentPurpose } from "#shared/reference/cases.ts";
import type { PlacementStage } from "#shared/reference/employers.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";

type CompanyRef = { id: string; centre_id: string; district: string };

/** Consent to share the profile with employers, given today (withdraw by setting withdrawn_on). */
export const giveSharingConsent = (db: Db, person: { id: string; centre_id: string }, recordedBy: string) =>
  giveConsent(db, person, recordedBy, "employer_sharing");

export async function giveConsent(
  db: Db,
  person: { id: string; centre_id: string },
  recordedBy: string,
  purpose: ConsentPurpose,
) {
  const row = {
    id: newId(),
    centre_id: person.centre_id,
    person_id: person.id,
    purpose,
    given_on: todayInBerlin(),
    channel: "paper",
    notice_version: "2026-01",
    withdrawn_on: null,
    recorded_by: recordedBy,
    created_at: nowIso(),
  };
  await db.insertInto("person_consents").values(row).execute();
  return row;
}

export async function withdrawSharingConsent(db: Db, personId: string) {
  await db
    .updateTable("person_consents")
    .set({ withdrawn_on: todayInBerlin() })
    .where("person_id", "=", personId)
    .where("purpose", "=", "employer_sharing")
    .execute();
}

export async function createOfferRow(db: Db, company: CompanyRef, overrides: Updateable<OffersTable> = {}) {
  const now = nowIso();
  const row: Insertable<OffersTable> = {
    id: newId(),
    centre_id: company.centre_id,
    company_id: company.id,
    type: "apprenticeship",
    title: "Ausbildung Tischler/in",
    occupation: "22342",
    district: company.district,
    starts_on: "2027-08-01",
    ends_on: null,
    places: 1,
    places_taken: 0,
    language_requirement: JSON.stringify({ speaking: "B1" }),
    programme_id: null,
    description: null,
    status: "open",
    opened_on: todayInBerlin(),
    created_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
    ...overrides,
  };
  await db.insertInto("offers").values(row).execute();
  return row;
}

/** A placement row as the app would hold it at `stage` (places are not counted: set places_taken yourself). */
export async function createPlacementRow(
  db: Db,
  offer: Pick<Selectable<OffersTable>, "id" | "company_id">,
  person: { id: string; centre_id: string },
  stage: PlacementStage = "proposed",
) {
  const now = nowIso();
  const today = todayInBerlin();
  const row: Insertable<PlacementsTable> = {
    id: newId(),
    centre_id: person.centre_id,
    offer_id: offer.id,
    company_id: offer.company_id,
    person_id: person.id,
    case_id: null,
    stage,
    end_reason: stage === "declined" ? "impression" : stage === "cancelled" ? "moved_away" : null,
    end_note: null,
    proposed_on: today,
    interview_on: null,
    accepted_on: ["accepted", "running", "completed"].includes(stage) ? today : null,
    started_on: ["running", "completed"].includes(stage) ? today : null,
    completed_on: stage === "completed" ? today : null,
    ended_on: stage === "declined" || stage === "cancelled" ? today : null,
    employer_feedback: null,
    advisor_note: "Interne Notiz",
    proposed_by: null,
    contact_released_at: null,
    contact_released_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await db.insertInto("placements").values(row).execute();
  return row;
}
