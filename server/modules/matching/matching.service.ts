import type { CurrentLevels, LanguageRequirement } from "#shared/language/levels.ts";
import { type MatchOffer, type MatchPerson, rankByScore, scoreMatch } from "#shared/matching/score.ts";
import type { CefrLevel } from "#shared/reference/cefr.ts";
import type { District, ResidenceArea } from "#shared/reference/districts.ts";
import type { OfferStatus, OfferType } from "#shared/reference/employers.ts";
import type { CandidateMatch, OfferMatch } from "#shared/schemas/matching.ts";
import type { Qualification } from "#shared/schemas/person.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { findOffer, listOpenOffersWithPlaces, type OfferRow } from "../offers/offers.cross-centre.ts";
import {
  listActivePlacementsOfOffer,
  listActivePlacementsOfPerson,
} from "../placements/placements.service.ts";
import { listProgrammeIdsOfPersons } from "../programmes/programmes.service.ts";
import { findPoolPerson, listCandidatePool, type PoolPerson } from "./matching.repository.ts";

export const MATCH_LIMIT = 50;
const POOL_CAP = 2000;
const OFFER_CAP = 1000;

const matchOfferOf = (row: OfferRow): MatchOffer => ({
  occupation: row.occupation,
  district: row.district as District,
  startsOn: row.starts_on,
  languageRequirement: JSON.parse(row.language_requirement) as LanguageRequirement,
  programme: row.programme_id ? { id: row.programme_id, name: row.programme_name ?? "" } : null,
});

const matchPersonOf = (row: PoolPerson, programmeIds: readonly string[]): MatchPerson => ({
  occupations: [
    row.target_occupation,
    ...(JSON.parse(row.qualifications) as Qualification[]).map((item) => item.occupation),
    row.recognition_occupation,
  ].filter((code): code is string => Boolean(code)),
  district: row.district as ResidenceArea,
  availableFrom: row.available_from,
  germanLevels: row.german_levels ? (JSON.parse(row.german_levels) as CurrentLevels) : {},
  programmeIds,
});

function programmesByPerson(rows: { person_id: string; programme_id: string }[]) {
  const map = new Map<string, string[]>();
  for (const row of rows) map.set(row.person_id, [...(map.get(row.person_id) ?? []), row.programme_id]);
  return map;
}

export async function candidatesForOffer(
  db: Db,
  context: ActorContext,
  offerId: string,
): Promise<CandidateMatch[]> {
  const { centreId } = context.actor;
  const offer = await findOffer(db, { kind: "centre", centreId }, offerId);
  if (!offer) throw notFound("Angebot");
  const pool = await listCandidatePool(centreScope(db, centreId), POOL_CAP);
  const [enrolments, active] = await Promise.all([
    listProgrammeIdsOfPersons(db, centreId, offer.programme_id ? pool.map((person) => person.id) : []),
    listActivePlacementsOfOffer(centreScope(db, centreId), offerId),
  ]);
  const programmes = programmesByPerson(enrolments);
  const placementOf = new Map(active.map((row) => [row.person_id, row.id]));
  const today = todayInBerlin();
  const matchOffer = matchOfferOf(offer);
  const rows = pool.map((person) => ({
    ...scoreMatch(matchOffer, matchPersonOf(person, programmes.get(person.id) ?? []), today),
    personId: person.id,
    personName: `${person.given_names} ${person.family_name}`,
    district: person.district as ResidenceArea,
    targetOccupation: person.target_occupation,
    availableFrom: person.available_from,
    germanLevel: person.german_level as CefrLevel | null,
    openCaseId: person.open_case_id,
    placementId: placementOf.get(person.id) ?? null,
    sortKey: `${person.sort_name}\u0000${person.id}`,
  }));
  const ranked = rankByScore(rows, (row) => row.sortKey, MATCH_LIMIT);
  await context.recordRead({
    action: "matching.candidates",
    entity: "offer",
    entityId: offerId,
    details: { returned: ranked.length },
    personIds: ranked.map((row) => row.personId),
  });
  return ranked.map(({ sortKey: _sortKey, ...row }) => row);
}

export async function offersForPerson(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<OfferMatch[]> {
  const { centreId } = context.actor;
  const person = await findPoolPerson(centreScope(db, centreId), personId);
  if (!person) throw notFound("Person");
  const [offers, enrolments, active] = await Promise.all([
    listOpenOffersWithPlaces(db, OFFER_CAP),
    listProgrammeIdsOfPersons(db, centreId, [personId]),
    listActivePlacementsOfPerson(centreScope(db, centreId), personId),
  ]);
  const matchPerson = matchPersonOf(
    person,
    enrolments.map((row) => row.programme_id),
  );
  const placementOf = new Map(active.map((row) => [row.offer_id, row.id]));
  const today = todayInBerlin();
  const rows = offers.map((offer) => ({
    ...scoreMatch(matchOfferOf(offer), matchPerson, today),
    offerId: offer.id,
    title: offer.title,
    type: offer.type as OfferType,
    status: offer.status as OfferStatus,
    companyId: offer.company_id,
    companyName: offer.company_name,
    occupation: offer.occupation,
    district: offer.district,
    startsOn: offer.starts_on,
    places: offer.places,
    placesTaken: offer.places_taken,
    placementId: placementOf.get(offer.id) ?? null,
  }));
  const ranked = rankByScore(rows, (row) => `${row.title}\u0000${row.offerId}`, MATCH_LIMIT);
  await context.recordRead({
    action: "matching.offers",
    entity: "person",
    entityId: personId,
    details: { returned: ranked.length },
  });
  return ranked;
}
