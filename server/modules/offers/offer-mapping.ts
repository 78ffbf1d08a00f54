import type { LanguageRequirement } from "#shared/language/levels.ts";
import type { District } from "#shared/reference/districts.ts";
import { type OfferStatus, type OfferType, placementStages } from "#shared/reference/employers.ts";
import type { Offer, StageCounts } from "#shared/schemas/offer.ts";
import type { OfferRow, OfferViewer } from "./offers.cross-centre.ts";

export const emptyStageCounts = (): StageCounts =>
  Object.fromEntries(placementStages.map((stage) => [stage, 0])) as StageCounts;

export const canEditOffer = (row: Pick<OfferRow, "centre_id" | "company_id">, viewer: OfferViewer) =>
  viewer.kind === "company" ? row.company_id === viewer.companyId : row.centre_id === viewer.centreId;

export const toOffer = (row: OfferRow, viewer: OfferViewer, stageCounts: StageCounts): Offer => ({
  id: row.id,
  companyId: row.company_id,
  companyName: row.company_name,
  centreId: row.centre_id,
  type: row.type as OfferType,
  title: row.title,
  occupation: row.occupation,
  district: row.district as District,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  places: row.places,
  placesTaken: row.places_taken,
  languageRequirement: JSON.parse(row.language_requirement) as LanguageRequirement,
  programmeId: row.programme_id,
  programmeName: row.programme_name,
  description: row.description,
  status: row.status as OfferStatus,
  openedOn: row.opened_on,
  stageCounts,
  canEdit: canEditOffer(row, viewer),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});
