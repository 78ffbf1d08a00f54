import { say } from "#shared/api/issue-messages.ts";
import type { CaseOutcome } from "#shared/reference/cases.ts";
import {
  isContactStage,
  type OfferType,
  type PlacementEndReason,
  type PlacementStage,
} from "#shared/reference/employers.ts";
import {
  type ContactRelease,
  type Placement,
  type PlacementCreate,
  type PlacementListQuery,
  type PlacementTransition,
  type PlacementUpdate,
  placementCaseOutcome,
} from "#shared/schemas/placement.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { conflict, fieldError, notFound, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { pseudonymOf } from "../../lib/pseudonym.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import * as cases from "../cases/cases.service.ts";
import { findActiveConsent } from "../consents/consents.service.ts";
import { findOffer } from "../offers/offers.cross-centre.ts";
import * as persons from "../persons/persons.service.ts";
import { ensureResidencePermitTask } from "../persons/residence-permit-tasks.ts";
import { requireWritablePerson } from "../persons/writable-person.ts";
import { closeContactReleaseTask } from "./contact-release-task.ts";
import { allowedStagesFor, applyTransition } from "./placement-transition.ts";
import * as placements from "./placements.repository.ts";

const sharingGiven = (row: placements.PlacementRow) => row.sharing === true || Number(row.sharing) === 1;

export const toPlacement = (row: placements.PlacementRow): Placement => ({
  id: row.id,
  offerId: row.offer_id,
  offerTitle: row.offer_title,
  offerType: row.offer_type as OfferType,
  companyId: row.company_id,
  companyName: row.company_name,
  personId: row.person_id,
  personName: `${row.given_names} ${row.family_name}`,
  pseudonym: pseudonymOf(row.id),
  caseId: row.case_id,
  stage: row.stage as PlacementStage,
  endReason: row.end_reason as PlacementEndReason | null,
  endNote: row.end_note,
  proposedOn: row.proposed_on,
  interviewOn: row.interview_on,
  acceptedOn: row.accepted_on,
  startedOn: row.started_on,
  completedOn: row.completed_on,
  endedOn: row.ended_on,
  employerFeedback: row.employer_feedback,
  advisorNote: row.advisor_note,
  sharingConsent: sharingGiven(row),
  contactReleasedAt: row.contact_released_at,
  contactReleasedBy: row.contact_released_by
    ? { id: row.contact_released_by, name: row.contact_released_by_name ?? "" }
    : null,
  canReleaseContact:
    row.contact_released_at === null && isContactStage(row.stage as PlacementStage) && sharingGiven(row),
  allowedStages: allowedStagesFor(row.stage as PlacementStage, "advisor"),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

async function requirePlacement(db: DbOrTx, centreId: string, id: string): Promise<Placement> {
  const row = await placements.findPlacement(centreScope(db, centreId), id);
  if (!row) throw notFound("Vermittlung");
  return toPlacement(row);
}

export async function getPlacement(db: Db, context: ActorContext, id: string): Promise<Placement> {
  const found = await requirePlacement(db, context.actor.centreId, id);
  await context.recordRead({
    action: "placement.read",
    entity: "placement",
    entityId: id,
    details: { personId: found.personId },
    personIds: [found.personId],
  });
  return found;
}

export async function listPlacementsPage(db: Db, context: ActorContext, query: PlacementListQuery) {
  const rows = await placements.listPlacements(centreScope(db, context.actor.centreId), {
    offerId: query.offerId,
    personId: query.personId,
    companyId: query.companyId,
    stage: query.stage,
    after: decodeCursor(query.cursor, 2),
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.created_at, row.id]);
  await context.recordRead({
    action: "placement.list",
    entity: "placement",
    entityId: null,
    details: { query: { ...query, cursor: undefined }, returned: page.items.length },
    personIds: page.items.map((row) => row.person_id),
  });
  return { items: page.items.map(toPlacement), nextCursor: page.nextCursor };
}

export async function createPlacement(
  db: Db,
  context: ActorContext,
  input: PlacementCreate,
): Promise<Placement> {
  const { centreId } = context.actor;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const person = await requireWritablePerson(trx, centreId, input.personId);
    const offer = await findOffer(trx, { kind: "centre", centreId }, input.offerId);
    if (!offer) throw fieldError("offerId", say("unknown_offer"));
    if (offer.status !== "open") throw conflict("offer_not_open", "Das Angebot ist nicht offen");
    if (!(await findActiveConsent(trx, centreId, input.personId, "employer_sharing")))
      throw conflict(
        "no_sharing_consent",
        "Ohne Einwilligung in die Weitergabe an Arbeitgeber kann die Person nicht vorgeschlagen werden",
      );
    if (await placements.findActivePlacement(centreScope(trx, centreId), input.offerId, input.personId))
      throw conflict("already_proposed", "Diese Person ist für dieses Angebot schon vorgeschlagen");
    const now = nowIso();
    await placements.insertPlacement(centreScope(trx, centreId), {
      id,
      centre_id: centreId,
      offer_id: offer.id,
      company_id: offer.company_id,
      person_id: input.personId,
      case_id: person.open_case_id,
      stage: "proposed",
      end_reason: null,
      end_note: null,
      proposed_on: input.proposedOn ?? todayInBerlin(),
      interview_on: null,
      accepted_on: null,
      started_on: null,
      completed_on: null,
      ended_on: null,
      employer_feedback: null,
      advisor_note: input.advisorNote,
      proposed_by: context.actor.id,
      contact_released_at: null,
      contact_released_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await recordAudit(trx, context, {
      action: "placement.create",
      entity: "placement",
      entityId: id,
      details: { personId: input.personId, offerId: offer.id, companyId: offer.company_id },
    });
  });
  return requirePlacement(db, centreId, id);
}

export async function updatePlacement(
  db: Db,
  context: ActorContext,
  id: string,
  input: PlacementUpdate,
): Promise<Placement> {
  const { centreId } = context.actor;
  await db.transaction().execute(async (trx) => {
    const current = await requirePlacement(trx, centreId, id);
    if (current.version !== input.version) throw staleVersion(current);
    const updated = await placements.updatePlacementIf(
      centreScope(trx, centreId),
      id,
      { version: input.version, stage: current.stage },
      { advisor_note: input.advisorNote, updated_at: nowIso() },
    );
    if (!updated) throw staleVersion(await requirePlacement(trx, centreId, id));
    await recordAudit(trx, context, {
      action: "placement.update",
      entity: "placement",
      entityId: id,
      details: { personId: current.personId, fields: ["advisorNote"] },
    });
  });
  return requirePlacement(db, centreId, id);
}

async function closeCaseWithOutcome(
  trx: DbOrTx,
  context: ActorContext,
  personId: string,
  outcome: CaseOutcome,
  on: string,
) {
  const { centreId } = context.actor;
  const open = await cases.findOpenCaseOfPerson(trx, centreId, personId);
  if (!open) return;
  const current = await cases.findCase(trx, centreId, open.id);
  if (!current) return;
  await cases.updateCaseIfVersion(trx, centreId, current.id, current.version, {
    status: "closed",
    outcome,
    closed_on: on < current.opened_on ? current.opened_on : on,
    updated_at: nowIso(),
  });
  await persons.setOpenCase(trx, centreId, personId, null);
  await persons.refreshSupportSpan(trx, centreId, personId);
  await ensureResidencePermitTask(trx, centreId, personId);
  await recordAudit(trx, context, {
    action: "case.transition",
    entity: "case",
    entityId: current.id,
    details: { from: current.status, to: "closed", outcome, via: "placement" },
  });
}

export async function transitionPlacement(
  db: Db,
  context: ActorContext,
  id: string,
  input: PlacementTransition,
): Promise<Placement> {
  const { centreId } = context.actor;
  if (input.closeCase && input.to !== "completed")
    throw fieldError("closeCase", say("close_case_only_when_completing"));
  await db.transaction().execute(async (trx) => {
    const row = await placements.findPlacement(centreScope(trx, centreId), id);
    if (!row) throw notFound("Vermittlung");
    await applyTransition(trx, context, "advisor", row, input, () => requirePlacement(trx, centreId, id));
    if (input.closeCase) {
      const outcome = placementCaseOutcome[row.offer_type as OfferType];
      await closeCaseWithOutcome(trx, context, row.person_id, outcome, input.on ?? todayInBerlin());
    }
  });
  return requirePlacement(db, centreId, id);
}

/**
 * One click by an advisor of the person's centre after the employer's Zusage: from now on the company
 * sees name and contact on this placement (employer-view.ts). Needs the person's current consent to
 * share with employers; recorded on the placement and in the person's audit trail.
 */
export async function releaseContact(
  db: Db,
  context: ActorContext,
  id: string,
  input: ContactRelease,
): Promise<Placement> {
  const { centreId } = context.actor;
  await db.transaction().execute(async (trx) => {
    const row = await placements.findPlacement(centreScope(trx, centreId), id);
    if (!row) throw notFound("Vermittlung");
    if (row.version !== input.version) throw staleVersion(toPlacement(row));
    if (row.contact_released_at)
      throw conflict("contact_already_released", "Die Kontaktdaten sind schon freigegeben", {
        releasedAt: row.contact_released_at,
      });
    if (!isContactStage(row.stage as PlacementStage))
      throw conflict(
        "placement_not_accepted",
        "Freigeben geht erst nach der Zusage des Betriebs und nicht nach Absage oder Abbruch",
        { stage: row.stage },
      );
    if (!(await findActiveConsent(trx, centreId, row.person_id, "employer_sharing")))
      throw conflict(
        "sharing_consent_withdrawn",
        "Die Einwilligung in die Weitergabe an Arbeitgeber fehlt oder ist widerrufen",
      );
    const now = nowIso();
    const released = await placements.markContactReleased(
      centreScope(trx, centreId),
      id,
      { version: row.version, stage: row.stage },
      context.actor.id,
      now,
    );
    if (!released) throw staleVersion(await requirePlacement(trx, centreId, id));
    await closeContactReleaseTask(trx, row);
    await recordAudit(trx, context, {
      action: "placement.contact_release",
      entity: "person",
      entityId: row.person_id,
      details: { placementId: id, companyId: row.company_id, offerId: row.offer_id },
    });
  });
  return requirePlacement(db, centreId, id);
}

// The data other modules read and write through this module (its repository is private to it).
export const listActivePlacementsOfOffer: typeof placements.listActivePlacementsOfOffer = (...args) =>
  placements.listActivePlacementsOfOffer(...args);
export const listActivePlacementsOfPerson: typeof placements.listActivePlacementsOfPerson = (...args) =>
  placements.listActivePlacementsOfPerson(...args);
export const listPlacements: typeof placements.listPlacements = (...args) =>
  placements.listPlacements(...args);

// The data other modules read and write through this module (its repository is private to it).
export const findPlacement: typeof placements.findPlacement = (...args) => placements.findPlacement(...args);
