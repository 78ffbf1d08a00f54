import type { PlacementStage } from "#shared/reference/employers.ts";
import type {
  Candidate,
  CandidateFeedback,
  CandidateLanguageAssessment,
  CandidateListQuery,
  CandidateTransition,
} from "#shared/schemas/placement.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { conflict, notFound, staleVersion } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { ownCompanyId } from "../companies/companies.service.ts";
import { recordLanguageEntry } from "../language/language.service.ts";
import { openContactReleaseTask } from "./contact-release-task.ts";
import { needsContactRelease, candidateViewOf as toCandidate } from "./employer-view.ts";
import { allowedStagesFor, applyTransition, stageNames } from "./placement-transition.ts";
import * as employerPlacements from "./placements.cross-centre.ts";

async function requireCandidateRow(db: DbOrTx, context: ActorContext, id: string) {
  const row = await employerPlacements.findCandidate(db, ownCompanyId(context), id);
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
  const rows = await employerPlacements.listCandidates(db, ownCompanyId(context), {
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
    const allowedByWorkflow = allowedStagesFor(row.stage as PlacementStage, "employer").includes(input.to);
    if (row.version === input.version && allowedByWorkflow && needsContactRelease(row, input.to))
      throw conflict(
        "contact_not_released",
        `„${stageNames[input.to]}“ geht erst, wenn das Welcome Center die Kontaktdaten freigegeben hat`,
        { from: row.stage as PlacementStage, to: input.to },
      );
    await applyTransition(trx, context, "employer", row, input, async () =>
      toCandidate(await requireCandidateRow(trx, context, id)),
    );
    if (input.to === "accepted")
      await openContactReleaseTask(trx, row, { company: row.company_name, offer: row.offer_title });
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
    const updated = await employerPlacements.updateCandidateIf(
      trx,
      ownCompanyId(context),
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
