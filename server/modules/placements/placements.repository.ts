import type { DbOrTx, PlacementsTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectOwned } from "../../db/scoped.ts";
import { sharingConsentGiven } from "../offers/offers.repository.ts";

/** Advisor view: placements of the advisor's centre's persons, on offers of any centre. */
const selectCentrePlacements = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "placements", centreId)
    .innerJoin("offers", "offers.id", "placements.offer_id")
    .innerJoin("companies", "companies.id", "placements.company_id")
    .innerJoin("persons", (join) =>
      join
        .onRef("persons.id", "=", "placements.person_id")
        .onRef("persons.centre_id", "=", "placements.centre_id"),
    )
    .leftJoin("users as releaser", "releaser.id", "placements.contact_released_by")
    .selectAll("placements")
    .select((eb) => [
      "offers.title as offer_title",
      "offers.type as offer_type",
      "companies.name as company_name",
      "persons.family_name",
      "persons.given_names",
      "persons.open_case_id",
      "releaser.name as contact_released_by_name",
      sharingConsentGiven(eb).as("sharing"),
    ]);

export type PlacementRow = PlacementsTable & {
  offer_title: string;
  offer_type: string;
  company_name: string;
  family_name: string;
  given_names: string;
  open_case_id: string | null;
  contact_released_by_name: string | null;
  sharing: unknown;
};

export const findPlacement = (db: DbOrTx, centreId: string, id: string): Promise<PlacementRow | undefined> =>
  selectCentrePlacements(db, centreId).where("placements.id", "=", id).executeTakeFirst();

export type PlacementFilter = {
  offerId?: string | undefined;
  personId?: string | undefined;
  companyId?: string | undefined;
  stage?: string | undefined;
  after?: (string | number)[] | undefined;
  limit: number;
};

export function listPlacements(
  db: DbOrTx,
  centreId: string,
  filter: PlacementFilter,
): Promise<PlacementRow[]> {
  let query = selectCentrePlacements(db, centreId);
  if (filter.offerId) query = query.where("placements.offer_id", "=", filter.offerId);
  if (filter.personId) query = query.where("placements.person_id", "=", filter.personId);
  if (filter.companyId) query = query.where("placements.company_id", "=", filter.companyId);
  if (filter.stage) query = query.where("placements.stage", "=", filter.stage);
  if (filter.after)
    query = query.where(keysetAfter("placements.created_at", "placements.id", "desc", filter.after));
  return query
    .orderBy("placements.created_at", "desc")
    .orderBy("placements.id", "desc")
    .limit(filter.limit)
    .execute();
}

/** A placement of the person on the offer that is still in progress (not completed, declined, cancelled). */
export const findActivePlacement = (db: DbOrTx, centreId: string, offerId: string, personId: string) =>
  selectOwned(db, "placements", centreId)
    .select("placements.id")
    .where("placements.offer_id", "=", offerId)
    .where("placements.person_id", "=", personId)
    .where("placements.stage", "in", ["proposed", "interview", "accepted", "running"])
    .executeTakeFirst();

export const listActivePlacementsOfOffer = (db: DbOrTx, centreId: string, offerId: string) =>
  selectOwned(db, "placements", centreId)
    .select(["placements.id", "placements.person_id"])
    .where("placements.offer_id", "=", offerId)
    .where("placements.stage", "in", ["proposed", "interview", "accepted", "running"])
    .execute();

export const listActivePlacementsOfPerson = (db: DbOrTx, centreId: string, personId: string) =>
  selectOwned(db, "placements", centreId)
    .select(["placements.id", "placements.offer_id"])
    .where("placements.person_id", "=", personId)
    .where("placements.stage", "in", ["proposed", "interview", "accepted", "running"])
    .execute();

export async function insertPlacement(db: DbOrTx, row: PlacementsTable): Promise<void> {
  await db.insertInto("placements").values(row).execute();
}

/** Updates only while the placement is still at the version and stage the caller read. */
export async function updatePlacementIf(
  db: DbOrTx,
  id: string,
  expected: { version: number; stage: string },
  changes: Partial<PlacementsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable("placements")
    .set({ ...changes, version: expected.version + 1 })
    .where("id", "=", id)
    .where("version", "=", expected.version)
    .where("stage", "=", expected.stage)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the release of the person's contact to the placement's company. */
export const markContactReleased = (
  db: DbOrTx,
  id: string,
  expected: { version: number; stage: string },
  by: string,
  at: string,
) =>
  updatePlacementIf(db, id, expected, { contact_released_at: at, contact_released_by: by, updated_at: at });

/**
 * Employer view: placements on the company's offers whose person consents to sharing right now.
 * Reading across centres is deliberate and confined to these columns: the company is the tenant here.
 * What of them reaches the employer is decided in employer-view.ts alone.
 */
const selectCandidates = (db: DbOrTx, companyId: string) =>
  db
    .selectFrom("placements")
    .innerJoin("offers", "offers.id", "placements.offer_id")
    .innerJoin("persons", (join) =>
      join
        .onRef("persons.id", "=", "placements.person_id")
        .onRef("persons.centre_id", "=", "placements.centre_id"),
    )
    .innerJoin("companies", "companies.id", "placements.company_id")
    .selectAll("placements")
    .select([
      "offers.title as offer_title",
      "offers.type as offer_type",
      "companies.name as company_name",
      "persons.given_names",
      "persons.family_name",
      "persons.name_latin",
      "persons.email",
      "persons.phone",
      "persons.german_levels",
      "persons.german_level",
      "persons.languages",
      "persons.qualifications",
      "persons.target_occupation",
      "persons.available_from",
    ])
    .where("placements.company_id", "=", companyId)
    .where(sharingConsentGiven);

export type CandidateRow = PlacementsTable & {
  offer_title: string;
  offer_type: string;
  company_name: string;
  given_names: string;
  family_name: string;
  name_latin: string | null;
  email: string | null;
  phone: string | null;
  german_levels: string | null;
  german_level: string | null;
  languages: string;
  qualifications: string;
  target_occupation: string | null;
  available_from: string | null;
};

export const findCandidate = (db: DbOrTx, companyId: string, id: string): Promise<CandidateRow | undefined> =>
  selectCandidates(db, companyId).where("placements.id", "=", id).executeTakeFirst();

export function listCandidates(
  db: DbOrTx,
  companyId: string,
  filter: {
    offerId?: string | undefined;
    stage?: string | undefined;
    after?: (string | number)[] | undefined;
    limit: number;
  },
): Promise<CandidateRow[]> {
  let query = selectCandidates(db, companyId);
  if (filter.offerId) query = query.where("placements.offer_id", "=", filter.offerId);
  if (filter.stage) query = query.where("placements.stage", "=", filter.stage);
  if (filter.after)
    query = query.where(keysetAfter("placements.created_at", "placements.id", "desc", filter.after));
  return query
    .orderBy("placements.created_at", "desc")
    .orderBy("placements.id", "desc")
    .limit(filter.limit)
    .execute();
}
