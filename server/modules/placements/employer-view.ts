import type { Selectable } from "kysely";
import type { CurrentLevels } from "#shared/language/levels.ts";
import type { CefrLevel } from "#shared/reference/cefr.ts";
import {
  isContactStage,
  type OfferType,
  type PlacementEndReason,
  type PlacementStage,
  stagesAfterRelease,
} from "#shared/reference/employers.ts";
import type { Qualification } from "#shared/schemas/person.ts";
import {
  type Candidate,
  type CandidateContact,
  type CandidateProfile,
  CandidateSchema,
  candidateLanguages,
} from "#shared/schemas/placement.ts";
import type { PlacementsTable } from "../../db/database.ts";
import { pseudonymOf } from "../../lib/pseudonym.ts";
import { allowedStagesFor } from "./placement-transition.ts";
import type { CandidateRow } from "./placements.cross-centre.ts";

/**
 * The one place that decides what an employer may see of a candidate (decision 0017). Every channel
 * that shows a candidate to an employer (the candidate API today; e-mails, calendar entries, documents
 * later) builds it from here, so the contact gate and the minimal profile hold everywhere at once.
 */

type ReleaseState = Pick<Selectable<PlacementsTable>, "stage" | "contact_released_at">;

/** Name and contact only once an advisor released them, and only while the placement holds its place. */
export const employerMaySeeContact = (placement: ReleaseState): boolean =>
  placement.contact_released_at !== null && isContactStage(placement.stage as PlacementStage);

/** The employer cannot move past the Zusage before the release. */
export const needsContactRelease = (placement: ReleaseState, to: PlacementStage): boolean =>
  placement.contact_released_at === null && (stagesAfterRelease as readonly string[]).includes(to);

export const employerAllowedStages = (placement: ReleaseState): PlacementStage[] =>
  allowedStagesFor(placement.stage as PlacementStage, "employer").filter(
    (to) => !needsContactRelease(placement, to),
  );

type ProfileSource = Pick<
  CandidateRow,
  | "id"
  | "german_level"
  | "german_levels"
  | "languages"
  | "qualifications"
  | "target_occupation"
  | "available_from"
>;

/** Field by field: codes and levels, never names, free texts typed by staff, years or birth data. */
export function minimalProfileOf(row: ProfileSource): CandidateProfile {
  const spoken = JSON.parse(row.languages) as string[];
  const occupations = (JSON.parse(row.qualifications) as Qualification[]).map((item) => item.occupation);
  return {
    pseudonym: pseudonymOf(row.id),
    germanLevel: row.german_level as CefrLevel | null,
    germanLevels: row.german_levels ? (JSON.parse(row.german_levels) as CurrentLevels) : {},
    languages: candidateLanguages.filter((code) => spoken.includes(code)),
    qualifications: [...new Set(occupations)].map((occupation) => ({ occupation })),
    targetOccupation: row.target_occupation,
    availableFrom: row.available_from,
  };
}

type ContactSource = ReleaseState &
  Pick<CandidateRow, "given_names" | "family_name" | "name_latin" | "email" | "phone">;

export const contactOf = (row: ContactSource): CandidateContact | null =>
  employerMaySeeContact(row)
    ? {
        fullName: `${row.given_names} ${row.family_name}`,
        nameLatin: row.name_latin,
        email: row.email,
        phone: row.phone,
      }
    : null;

/** How any text for an employer (a list, a subject line, a calendar title) names the candidate. */
export const candidateLabelOf = (row: ContactSource & Pick<CandidateRow, "id">): string =>
  contactOf(row)?.fullName ?? pseudonymOf(row.id);

export const candidateViewOf = (row: CandidateRow): Candidate => {
  const contact = contactOf(row);
  return CandidateSchema.parse({
    id: row.id,
    offerId: row.offer_id,
    offerTitle: row.offer_title,
    offerType: row.offer_type as OfferType,
    stage: row.stage as PlacementStage,
    endReason: row.end_reason as PlacementEndReason | null,
    proposedOn: row.proposed_on,
    interviewOn: row.interview_on,
    acceptedOn: row.accepted_on,
    startedOn: row.started_on,
    completedOn: row.completed_on,
    endedOn: row.ended_on,
    employerFeedback: row.employer_feedback,
    allowedStages: employerAllowedStages(row),
    profile: minimalProfileOf(row),
    contactReleasedAt: contact ? row.contact_released_at : null,
    contact,
    version: row.version,
  });
};
