import { isContactStage, type PlacementStage } from "#shared/reference/employers.ts";
import type { DocumentShareCreate, DocumentShares } from "#shared/schemas/document.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findActiveConsent } from "../consents/consents.service.ts";
import { employerMaySeeContact } from "../placements/employer-view.ts";
import * as placements from "../placements/placements.service.ts";
import { documentMessages as M } from "./document-messages.ts";
import * as documents from "./documents.repository.ts";

/** Far above the placements one person has; the list is complete, not a page. */
const ALL_PLACEMENTS = 1000;

async function requireDocument(scope: CentreScope, id: string) {
  const row = await documents.findReadyDocument(scope, id);
  if (!row) throw notFound(M.document);
  return row;
}

const consentGiven = async (scope: CentreScope, personId: string) =>
  Boolean(await findActiveConsent(scope.db, scope.centreId, personId, "employer_sharing"));

async function sharesOf(scope: CentreScope, documentId: string, personId: string): Promise<DocumentShares> {
  const sharingConsent = await consentGiven(scope, personId);
  const rows = await placements.listPlacements(scope, { personId, limit: ALL_PLACEMENTS });
  const shared = new Map(
    (await documents.listSharesOfDocument(scope, documentId)).map((share) => [share.placement_id, share]),
  );
  return {
    sharingConsent,
    items: rows.map((row) => {
      const share = shared.get(row.id);
      const open = employerMaySeeContact(row);
      return {
        placementId: row.id,
        offerTitle: row.offer_title,
        companyName: row.company_name,
        stage: row.stage as PlacementStage,
        contactReleased: row.contact_released_at !== null,
        shared: Boolean(share),
        sharedAt: share?.shared_at ?? null,
        visibleToEmployer: Boolean(share) && open && sharingConsent,
        canShare: !share && open && sharingConsent,
      };
    }),
  };
}

export async function listDocumentShares(db: Db, context: ActorContext, id: string): Promise<DocumentShares> {
  const scope = scopeOf(db, context.actor);
  const row = await requireDocument(scope, id);
  const shares = await sharesOf(scope, id, row.person_id);
  await context.recordRead({
    action: "document.shares.list",
    entity: "document",
    entityId: id,
    details: { personId: row.person_id },
  });
  return shares;
}

/**
 * Shares the document with the company of one of the person's placements (decision 0044): only with the
 * person's consent to share with employers and after an advisor released the contact for that placement,
 * so the document cannot reach an employer that may not yet know who the candidate is.
 */
export async function shareDocument(
  db: Db,
  context: ActorContext,
  id: string,
  input: DocumentShareCreate,
): Promise<{ shares: DocumentShares; created: boolean }> {
  const scope = scopeOf(db, context.actor);
  const created = await scope.transaction(async (tx) => {
    const row = await requireDocument(tx, id);
    const placement = await placements.findPlacement(tx, input.placementId);
    if (!placement || placement.person_id !== row.person_id) throw notFound("Vermittlung");
    const existing = (await documents.listSharesOfDocument(tx, id)).some(
      (share) => share.placement_id === placement.id,
    );
    if (existing) return false;
    if (!(await consentGiven(tx, row.person_id))) throw conflict("no_sharing_consent", M.noSharingConsent);
    if (!isContactStage(placement.stage as PlacementStage))
      throw conflict("placement_not_accepted", M.placementNotAccepted, { stage: placement.stage });
    if (placement.contact_released_at === null) throw conflict("contact_not_released", M.contactNotReleased);
    await documents.insertShare(tx, {
      id: newId(),
      centre_id: tx.centreId,
      document_id: id,
      placement_id: placement.id,
      shared_by: context.actor.id,
      shared_at: nowIso(),
    });
    await recordAudit(tx.db, context, {
      action: "document.share",
      entity: "document",
      entityId: id,
      details: {
        personId: row.person_id,
        type: row.type,
        placementId: placement.id,
        companyId: placement.company_id,
      },
    });
    return true;
  });
  return { shares: await listDocumentShares(db, context, id), created };
}

export async function unshareDocument(
  db: Db,
  context: ActorContext,
  id: string,
  placementId: string,
): Promise<void> {
  const scope = scopeOf(db, context.actor);
  await scope.transaction(async (tx) => {
    const row = await requireDocument(tx, id);
    if (!(await documents.deleteShare(tx, id, placementId))) throw notFound(M.share);
    await recordAudit(tx.db, context, {
      action: "document.unshare",
      entity: "document",
      entityId: id,
      details: { personId: row.person_id, type: row.type, placementId },
    });
  });
}
