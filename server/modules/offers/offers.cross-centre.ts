import type { Selectable } from "kysely";
import { type ExpressionBuilder, sql } from "kysely";
import { centreScope } from "../../db/centre-scope.ts";
import { crossCentre } from "../../db/cross-centre.ts";
import type { Database, DbOrTx, OffersTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { containsText } from "../../db/text-search.ts";

/** Who is looking, by the unit of their `own` scope: a centre sees its offers and every open one; a company its own. */
export type OfferViewer = { kind: "centre"; centreId: string } | { kind: "company"; companyId: string };

export type OfferRow = Selectable<OffersTable> & { company_name: string; programme_name: string | null };

/** The offer board is regional: an advisor sees every open offer, an employer their company's of any centre. */
const selectOffers = (db: DbOrTx, viewer: OfferViewer) =>
  crossCentre(db, viewer.kind === "centre" ? "regional-offers" : "employer-portal")
    .selectFrom("offers")
    .innerJoin("companies", "companies.id", "offers.company_id")
    .leftJoin("programmes", "programmes.id", "offers.programme_id")
    .selectAll("offers")
    .select(["companies.name as company_name", "programmes.name as programme_name"]);

const visibleTo = (viewer: OfferViewer) => (eb: ExpressionBuilder<Database, "offers">) =>
  viewer.kind === "company"
    ? eb("offers.company_id", "=", viewer.companyId)
    : eb.or([eb("offers.status", "=", "open"), eb("offers.centre_id", "=", viewer.centreId)]);

export const findOffer = (db: DbOrTx, viewer: OfferViewer, id: string): Promise<OfferRow | undefined> =>
  selectOffers(db, viewer).where("offers.id", "=", id).where(visibleTo(viewer)).executeTakeFirst();

export type OfferFilter = {
  centreOnly: boolean;
  companyId?: string | undefined;
  status?: string | undefined;
  type?: string | undefined;
  occupationPrefix?: string | undefined;
  district?: string | undefined;
  programmeId?: string | undefined;
  q?: string | undefined;
  after?: (string | number)[] | undefined;
  limit: number;
};

export function listOffers(db: DbOrTx, viewer: OfferViewer, filter: OfferFilter): Promise<OfferRow[]> {
  let query = selectOffers(db, viewer).where(visibleTo(viewer));
  if (filter.centreOnly && viewer.kind === "centre")
    query = query.where("offers.centre_id", "=", viewer.centreId);
  if (filter.companyId) query = query.where("offers.company_id", "=", filter.companyId);
  if (filter.status) query = query.where("offers.status", "=", filter.status);
  if (filter.type) query = query.where("offers.type", "=", filter.type);
  if (filter.occupationPrefix)
    query = query.where("offers.occupation", "like", `${filter.occupationPrefix}%`);
  if (filter.district) query = query.where("offers.district", "=", filter.district);
  if (filter.programmeId) query = query.where("offers.programme_id", "=", filter.programmeId);
  if (filter.q) query = query.where(containsText("offers.title", filter.q));
  if (filter.after) query = query.where(keysetAfter("offers.created_at", "offers.id", "desc", filter.after));
  return query
    .orderBy("offers.created_at", "desc")
    .orderBy("offers.id", "desc")
    .limit(filter.limit)
    .execute();
}

/** Open offers with a free place, for matching (the region's offers are few hundred at most). */
export const listOpenOffersWithPlaces = (db: DbOrTx, limit: number) =>
  crossCentre(db, "matching")
    .selectFrom("offers")
    .innerJoin("companies", "companies.id", "offers.company_id")
    .leftJoin("programmes", "programmes.id", "offers.programme_id")
    .selectAll("offers")
    .select(["companies.name as company_name", "programmes.name as programme_name"])
    .where("offers.status", "=", "open")
    .whereRef("offers.places_taken", "<", "offers.places")
    .orderBy("offers.created_at", "desc")
    .limit(limit)
    .execute();

/**
 * Takes one place if one is free, in a single conditional statement: under concurrent requests the
 * database re-checks `places_taken < places` on the row it locks, so places are never overbooked.
 * Filling the last place sets the offer to `filled`. The offer may be another centre's.
 */
export async function takePlace(db: DbOrTx, id: string, now: string): Promise<boolean> {
  const result = await crossCentre(db, "foreign-offer-place")
    .updateTable("offers")
    .set({
      places_taken: sql`places_taken + 1`,
      status: sql`case when places_taken + 1 >= places then 'filled' else status end`,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where("id", "=", id)
    .where("status", "=", "open")
    .whereRef("places_taken", "<", "places")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a taken place back; a `filled` offer is open again. */
export async function releasePlace(db: DbOrTx, id: string, now: string): Promise<void> {
  await crossCentre(db, "foreign-offer-place")
    .updateTable("offers")
    .set({
      places_taken: sql`places_taken - 1`,
      status: sql`case when status = 'filled' then 'open' else status end`,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where("id", "=", id)
    .where("places_taken", ">", 0)
    .execute();
}

/** Why a place could not be taken: the offer's status and places, of whichever centre. */
export const findOfferPlaces = (db: DbOrTx, id: string) =>
  crossCentre(db, "foreign-offer-place")
    .selectFrom("offers")
    .select(["status", "places", "places_taken"])
    .where("id", "=", id)
    .executeTakeFirst();

/** The person of a placement currently consents to sharing their profile with employers. */
export const sharingConsentGiven = (eb: ExpressionBuilder<Database, "placements">) =>
  eb.exists(
    eb
      .selectFrom("person_consents")
      .select("person_consents.id")
      .whereRef("person_consents.person_id", "=", "placements.person_id")
      .whereRef("person_consents.centre_id", "=", "placements.centre_id")
      .where("person_consents.purpose", "=", "employer_sharing")
      .where("person_consents.withdrawn_on", "is", null),
  );

/** Placements per offer and stage that the viewer may see: an advisor their centre's, an employer their company's. */
export async function stageCountsOf(db: DbOrTx, viewer: OfferViewer, offerIds: readonly string[]) {
  if (offerIds.length === 0) return [];
  const counts =
    viewer.kind === "centre"
      ? centreScope(db, viewer.centreId).selectFrom("placements")
      : crossCentre(db, "employer-portal")
          .selectFrom("placements")
          .where("placements.company_id", "=", viewer.companyId)
          .where(sharingConsentGiven);
  return counts
    .select(["placements.offer_id", "placements.stage", (eb) => eb.fn.countAll<number>().as("n")])
    .where("placements.offer_id", "in", offerIds)
    .groupBy(["placements.offer_id", "placements.stage"])
    .execute();
}
