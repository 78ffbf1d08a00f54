import { say } from "#shared/api/issue-messages.ts";
import {
  cancelReasons,
  declineReasons,
  type PlacementStage,
  placementStagesByRole,
  placementTransitions,
  takesPlace,
} from "#shared/reference/employers.ts";
import type { PlacementTransition } from "#shared/schemas/placement.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, PlacementsTable } from "../../db/database.ts";
import { conflict, fieldError, forbidden, staleVersion } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { ownCompanyId } from "../companies/companies.service.ts";
import { findOfferPlaces, releasePlace, takePlace } from "../offers/offers.cross-centre.ts";
import { closeContactReleaseTask } from "./contact-release-task.ts";
import { updateCandidateIf } from "./placements.cross-centre.ts";
import { updatePlacementIf } from "./placements.repository.ts";

export const stageNames: Record<PlacementStage, string> = {
  proposed: "Vorgeschlagen",
  interview: "Vorstellungsgespräch",
  accepted: "Zugesagt",
  running: "Läuft",
  completed: "Abgeschlossen",
  declined: "Abgelehnt",
  cancelled: "Abgebrochen",
};

export type PlacementRole = keyof typeof placementStagesByRole;

/** Who sets a stage the role may not: named in the 403. */
const otherSide: Record<PlacementRole, string> = { employer: "das Welcome Center", advisor: "der Betrieb" };

/** Stages the role may move a placement to from where it is now. */
export const allowedStagesFor = (stage: PlacementStage, role: PlacementRole): PlacementStage[] =>
  placementTransitions[stage].filter((to) => (placementStagesByRole[role] as readonly string[]).includes(to));

const dateColumnOf: Record<PlacementStage, keyof PlacementsTable | null> = {
  proposed: null,
  interview: "interview_on",
  accepted: "accepted_on",
  running: "started_on",
  completed: "completed_on",
  declined: "ended_on",
  cancelled: "ended_on",
};

type Current = Pick<
  PlacementsTable,
  "id" | "centre_id" | "offer_id" | "person_id" | "stage" | "version" | "proposed_on"
>;

/**
 * Checks and applies one stage change inside the caller's transaction: the role may choose the target
 * (else 403), the workflow allows it (else 409 transition_not_allowed), a reason comes with declined /
 * cancelled, and places are taken and given back on the offer with conditional updates.
 */
export async function applyTransition(
  trx: DbOrTx,
  context: ActorContext,
  role: PlacementRole,
  current: Current,
  input: Pick<PlacementTransition, "version" | "to" | "on" | "reason" | "note">,
  staleView: () => Promise<unknown>,
): Promise<void> {
  if (current.version !== input.version) throw staleVersion(await staleView());
  const from = current.stage as PlacementStage;
  const to = input.to;
  if (!(placementStagesByRole[role] as readonly string[]).includes(to))
    throw forbidden(`„${stageNames[to]}“ setzt ${otherSide[role]}`);
  const allowed = placementTransitions[from];
  if (!allowed.includes(to))
    throw conflict(
      "transition_not_allowed",
      `Von „${stageNames[from]}“ nach „${stageNames[to]}“ ist nicht möglich`,
      {
        from,
        to,
        allowed: allowedStagesFor(from, role),
      },
    );
  const ending = to === "declined" || to === "cancelled";
  const reasons: readonly string[] = to === "declined" ? declineReasons : cancelReasons;
  if (ending && (!input.reason || !reasons.includes(input.reason)))
    throw fieldError(
      "reason",
      input.reason ? "Dieser Grund passt nicht zu diesem Schritt" : "Bitte einen Grund angeben",
    );
  if (!ending && input.reason) throw fieldError("reason", say("reason_only_when_ending"));
  const on = input.on ?? todayInBerlin();
  if (on < current.proposed_on) throw fieldError("on", say("date_before_proposal"));
  const now = nowIso();
  if (!takesPlace(from) && takesPlace(to) && !(await takePlace(trx, current.offer_id, now))) {
    const offer = await findOfferPlaces(trx, current.offer_id);
    if (offer?.status === "open" || offer?.status === "filled")
      throw conflict("offer_full", "Alle Plätze dieses Angebots sind schon vergeben", {
        places: offer.places,
        placesTaken: offer.places_taken,
      });
    throw conflict("offer_not_open", "Das Angebot ist nicht mehr offen");
  }
  if (takesPlace(from) && ending) await releasePlace(trx, current.offer_id, now);
  const dateColumn = dateColumnOf[to];
  const expected = { version: input.version, stage: from };
  const changes = {
    stage: to,
    ...(dateColumn && { [dateColumn]: on }),
    ...(ending && { end_reason: input.reason ?? null, end_note: input.note ?? null }),
    updated_at: now,
  };
  const write: Record<PlacementRole, () => Promise<boolean>> = {
    employer: () => updateCandidateIf(trx, ownCompanyId(context), current.id, expected, changes),
    advisor: () => updatePlacementIf(centreScope(trx, context.actor.centreId), current.id, expected, changes),
  };
  const updated = await write[role]();
  if (!updated) throw staleVersion(await staleView());
  if (ending) await closeContactReleaseTask(trx, current);
  await recordAudit(trx, context, {
    action: "placement.transition",
    entity: "placement",
    entityId: current.id,
    centreId: current.centre_id,
    details: { from, to, personId: current.person_id, offerId: current.offer_id },
  });
}
