import type { Insertable, Selectable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { PlacementsTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { sharingConsentGiven } from "../offers/offers.cross-centre.ts";

/** Advisor view: placements of the advisor's centre's persons, on offers of any centre. */
const selectCentrePlacements = (scope: CentreScope) =>
  scope
    .selectFrom("placements")
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

export type PlacementRow = Selectable<PlacementsTable> & {
  offer_title: string;
  offer_type: string;
  company_name: string;
  family_name: string;
  given_names: string;
  open_case_id: string | null;
  contact_released_by_name: string | null;
  sharing: unknown;
};

export const findPlacement = (scope: CentreScope, id: string): Promise<PlacementRow | undefined> =>
  selectCentrePlacements(scope).where("placements.id", "=", id).executeTakeFirst();

export type PlacementFilter = {
  offerId?: string | undefined;
  personId?: string | undefined;
  companyId?: string | undefined;
  stage?: string | undefined;
  after?: (string | number)[] | undefined;
  limit: number;
};

export function listPlacements(scope: CentreScope, filter: PlacementFilter): Promise<PlacementRow[]> {
  let query = selectCentrePlacements(scope);
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
export const findActivePlacement = (scope: CentreScope, offerId: string, personId: string) =>
  scope
    .selectFrom("placements")
    .select("placements.id")
    .where("placements.offer_id", "=", offerId)
    .where("placements.person_id", "=", personId)
    .where("placements.stage", "in", ["proposed", "interview", "accepted", "running"])
    .executeTakeFirst();

export const listActivePlacementsOfOffer = (scope: CentreScope, offerId: string) =>
  scope
    .selectFrom("placements")
    .select(["placements.id", "placements.person_id"])
    .where("placements.offer_id", "=", offerId)
    .where("placements.stage", "in", ["proposed", "interview", "accepted", "running"])
    .execute();

export const listActivePlacementsOfPerson = (scope: CentreScope, personId: string) =>
  scope
    .selectFrom("placements")
    .select(["placements.id", "placements.offer_id"])
    .where("placements.person_id", "=", personId)
    .where("placements.stage", "in", ["proposed", "interview", "accepted", "running"])
    .execute();

export async function insertPlacement(scope: CentreScope, row: Insertable<PlacementsTable>): Promise<void> {
  await scope.insertInto("placements", row).execute();
}

/** Updates only while the placement is still at the version and stage the caller read. */
export async function updatePlacementIf(
  scope: CentreScope,
  id: string,
  expected: { version: number; stage: string },
  changes: Updateable<PlacementsTable>,
): Promise<boolean> {
  const result = await scope
    .updateTable("placements")
    .set({ ...changes, version: expected.version + 1 })
    .where("placements.id", "=", id)
    .where("placements.version", "=", expected.version)
    .where("placements.stage", "=", expected.stage)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks the release of the person's contact to the placement's company. */
export const markContactReleased = (
  scope: CentreScope,
  id: string,
  expected: { version: number; stage: string },
  by: string,
  at: string,
) =>
  updatePlacementIf(scope, id, expected, {
    contact_released_at: at,
    contact_released_by: by,
    updated_at: at,
  });
