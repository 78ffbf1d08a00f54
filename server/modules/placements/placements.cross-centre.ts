import type { Selectable, Updateable } from "kysely";
import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx, PlacementsTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { sharingConsentGiven } from "../offers/offers.cross-centre.ts";

/**
 * Employer view: placements on the company's offers whose person consents to sharing right now.
 * Reading across centres is deliberate and confined to these columns: the company is the tenant here.
 * What of them reaches the employer is decided in employer-view.ts alone.
 */
const selectCandidates = (db: DbOrTx, companyId: string) =>
  crossCentre(db, "employer-portal")
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

export type CandidateRow = Selectable<PlacementsTable> & {
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

/** The employer's writes on a placement (feedback, stage) are confined to the company, not to a centre. */
export async function updateCandidateIf(
  db: DbOrTx,
  companyId: string,
  id: string,
  expected: { version: number; stage: string },
  changes: Updateable<PlacementsTable>,
): Promise<boolean> {
  const result = await crossCentre(db, "employer-portal")
    .updateTable("placements")
    .set({ ...changes, version: expected.version + 1 })
    .where("id", "=", id)
    .where("company_id", "=", companyId)
    .where("version", "=", expected.version)
    .where("stage", "=", expected.stage)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
