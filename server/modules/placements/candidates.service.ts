import type { CurrentLevels } from "../../../shared/language/levels.ts";
import type { CefrLevel } from "../../../shared/reference/cefr.ts";
import {
  contactVisibleStages,
  type OfferType,
  type PlacementEndReason,
  type PlacementStage,
} from "../../../shared/reference/employers.ts";
import type { Qualification } from "../../../shared/schemas/person.ts";
import {
  type Candidate,
  type CandidateFeedback,
  type CandidateLanguageAssessment,
  type CandidateListQuery,
  type CandidateProfile,
  CandidateSchema,
  type CandidateTransition,
} from "../../../shared/schemas/placement.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { notFound, staleVersion } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import type { ActorContext } from "../../middleware/context.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { ownCompanyId } from "../companies/companies.service.ts";
import { recordLanguageEntry } from "../language/language.service.ts";
import { allowedStagesFor, applyTransition } from "./placement-transition.ts";
import * as placements from "./placements.repository.ts";

/** Built field by field: whatever the row holds, only these fields reach an employer. */
function profileOf(row: placements.CandidateRow): CandidateProfile {
  const contactVisible = (contactVisibleStages as readonly string[]).includes(row.stage);
  const givenName = row.given_names.trim().split(/\s+/)[0] ?? row.given_names;
  const qualifications = JSON.parse(row.qualifications) as Qualification[];
  return {
    givenName,
    familyInitial: `${row.family_name.trim().charAt(0).toUpperCase()}.`,
    fullName: contactVisible ? `${row.given_names} ${row.family_name}` : null,
    email: contactVisible ? row.email : null,
    phone: contactVisible ? row.phone : null,
    germanLevel: row.german_level as CefrLevel | null,
    germanLevels: row.german_levels ? (JSON.parse(row.german_levels) as CurrentLevels) : {},
    languages: JSON.parse(row.languages) as string[],
    qualifications: qualifications.map((item) => ({
      occupation: item.occupation,
      title: item.title ?? null,
      year: item.year,
    })),
    targetOccupation: row.target_occupation,
    availableFrom: row.available_from,
  };
}

const toCandidate = (row: placements.CandidateRow): Candidate =>
  CandidateSchema.parse({
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
    allowedStages: allowedStagesFor(row.stage as PlacementStage, "employer"),
    profile: profileOf(row),
    version: row.version,
  });

async function requireCandidateRow(db: DbOrTx, context: ActorContext, id: string) {
  const row = await placements.findCandidate(db, ownCompanyId(context), id);
  if (!row) throw notFound("Kandidatin / Kandidat");
  return row;
}

export async function getCandidate(db: Db, context: ActorContext, id: string): Promise<Candidate> {
  const row = await requireCandidateRow(db, context, id);
  await context.recordRead({
    action: "candidate.read",
    entity: "placement",
    entityId: id,
    centreId: row.centre_id,
    details: { personId: row.person_id },
    personIds: [row.person_id],
  });
  return toCandidate(row);
}

export async function listCandidatesPage(db: Db, context: ActorContext, query: CandidateListQuery) {
  const rows = await placements.listCandidates(db, ownCompanyId(context), {
    offerId: query.offerId,
    stage: query.stage,
    after: decodeCursor(query.cursor, 2),
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.created_at, row.id]);
  await context.recordRead({
    action: "candidate.list",
    entity: "placement",
    entityId: null,
    details: { query: { ...query, cursor: undefined }, returned: page.items.length },
    personIds: page.items.map((row) => row.person_id),
  });
  return { items: page.items.map(toCandidate), nextCursor: page.nextCursor };
}

export async function transitionCandidate(
  db: Db,
  context: ActorContext,
  id: string,
  input: CandidateTransition,
): Promise<Candidate> {
  await db.transaction().execute(async (trx) => {
    const row = await requireCandidateRow(trx, context, id);
    await applyTransition(trx, context, "employer", row, input, async () =>
      toCandidate(await requireCandidateRow(trx, context, id)),
    );
  });
  return toCandidate(await requireCandidateRow(db, context, id));
}

export async function recordCandidateFeedback(
  db: Db,
  context: ActorContext,
  id: string,
  input: CandidateFeedback,
): Promise<Candidate> {
  await db.transaction().execute(async (trx) => {
    const row = await requireCandidateRow(trx, context, id);
    if (row.version !== input.version) throw staleVersion(toCandidate(row));
    const updated = await placements.updatePlacementIf(
      trx,
      id,
      { version: input.version, stage: row.stage },
      { employer_feedback: input.feedback, updated_at: nowIso() },
    );
    if (!updated) throw staleVersion(toCandidate(await requireCandidateRow(trx, context, id)));
    await recordAudit(trx, context, {
      action: "placement.feedback",
      entity: "placement",
      entityId: id,
      centreId: row.centre_id,
      details: { personId: row.person_id },
    });
  });
  return toCandidate(await requireCandidateRow(db, context, id));
}

export async function recordCandidateLanguageAssessment(
  db: Db,
  context: ActorContext,
  id: string,
  input: CandidateLanguageAssessment,
): Promise<Candidate> {
  await db.transaction().execute(async (trx) => {
    const row = await requireCandidateRow(trx, context, id);
    const entry = await recordLanguageEntry(trx, {
      centreId: row.centre_id,
      personId: row.person_id,
      recordedBy: context.actor.id,
      companyId: row.company_id,
      input: {
        source: "assessment",
        language: input.language,
        date: input.date,
        levels: input.levels,
        note: input.note,
        assessorType: "employer",
        assessorName: input.assessorName,
      },
    });
    await recordAudit(trx, context, {
      action: "placement.language_assessment",
      entity: "placement",
      entityId: id,
      centreId: row.centre_id,
      details: { personId: row.person_id, entryId: entry.id },
    });
  });
  return toCandidate(await requireCandidateRow(db, context, id));
}
