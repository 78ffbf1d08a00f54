import { say } from "#shared/api/issue-messages.ts";
import { actsForCompany } from "#shared/auth/permissions.ts";
import { type OfferStatus, offerTransitions, type PlacementStage } from "#shared/reference/employers.ts";
import {
  type Offer,
  type OfferCreate,
  type OfferListQuery,
  type OfferTransition,
  type OfferUpdate,
  offerRuleIssues,
} from "#shared/schemas/offer.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { scopeOf } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { conflict, fieldError, notFound, staleVersion, validationFailed } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findCompany, ownCompanyId } from "../companies/companies.service.ts";
import { findVisibleProgramme } from "../programmes/programmes.service.ts";
import { canEditOffer, emptyStageCounts, toOffer } from "./offer-mapping.ts";
import * as regional from "./offers.cross-centre.ts";
import * as offers from "./offers.repository.ts";

export const statusNames: Record<OfferStatus, string> = {
  draft: "Entwurf",
  open: "Offen",
  filled: "Besetzt",
  closed: "Geschlossen",
};

export function offerViewerOf(context: ActorContext): regional.OfferViewer {
  return actsForCompany(context.actor.role)
    ? { kind: "company", companyId: ownCompanyId(context) }
    : { kind: "centre", centreId: context.actor.centreId };
}

async function withStageCounts(
  db: DbOrTx,
  viewer: regional.OfferViewer,
  rows: regional.OfferRow[],
): Promise<Offer[]> {
  const counts = await regional.stageCountsOf(
    db,
    viewer,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const stageCounts = emptyStageCounts();
    for (const count of counts)
      if (count.offer_id === row.id) stageCounts[count.stage as PlacementStage] = Number(count.n);
    return toOffer(row, viewer, stageCounts);
  });
}

export async function requireOfferRow(db: DbOrTx, viewer: regional.OfferViewer, id: string) {
  const row = await regional.findOffer(db, viewer, id);
  if (!row) throw notFound("Angebot");
  return row;
}

async function loadOffer(db: DbOrTx, viewer: regional.OfferViewer, id: string): Promise<Offer> {
  const [offer] = await withStageCounts(db, viewer, [await requireOfferRow(db, viewer, id)]);
  if (!offer) throw notFound("Angebot");
  return offer;
}

export const getOffer = (db: Db, context: ActorContext, id: string) =>
  loadOffer(db, offerViewerOf(context), id);

export async function listOffersPage(db: Db, context: ActorContext, query: OfferListQuery) {
  const viewer = offerViewerOf(context);
  const rows = await regional.listOffers(db, viewer, {
    centreOnly: query.view === "centre",
    companyId: query.companyId,
    status: query.status,
    type: query.type,
    occupationPrefix: query.occupation,
    district: query.district,
    programmeId: query.programmeId,
    q: query.q,
    after: decodeCursor(query.cursor, 2),
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.created_at, row.id]);
  return { items: await withStageCounts(db, viewer, page.items), nextCursor: page.nextCursor };
}

async function assertProgramme(db: DbOrTx, centreId: string, programmeId: string | null | undefined) {
  if (programmeId && !(await findVisibleProgramme(db, centreId, programmeId)))
    throw fieldError("programmeId", say("unknown_programme"));
}

export async function createOffer(db: Db, context: ActorContext, input: OfferCreate): Promise<Offer> {
  const { actor } = context;
  const viewer = offerViewerOf(context);
  const companyId = viewer.kind === "company" ? viewer.companyId : input.companyId;
  if (!companyId) throw fieldError("companyId", say("company_required"));
  if (viewer.kind === "company" && input.companyId && input.companyId !== companyId)
    throw fieldError("companyId", say("own_company_offers"));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const company = await findCompany(trx, actor.centreId, companyId);
    if (!company) throw fieldError("companyId", say("unknown_company"));
    await assertProgramme(trx, company.centre_id, input.programmeId);
    const now = nowIso();
    await offers.insertOffer(scopeOf(trx, actor), {
      id,
      centre_id: company.centre_id,
      company_id: companyId,
      type: input.type,
      title: input.title,
      occupation: input.occupation,
      district: input.district ?? company.district,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      places: input.places,
      places_taken: 0,
      language_requirement: JSON.stringify(input.languageRequirement),
      programme_id: input.programmeId,
      description: input.description,
      status: input.status,
      opened_on: input.status === "open" ? todayInBerlin() : null,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await recordAudit(trx, context, {
      action: "offer.create",
      entity: "offer",
      entityId: id,
      details: { companyId, status: input.status },
    });
  });
  return loadOffer(db, viewer, id);
}

async function requireEditable(db: DbOrTx, viewer: regional.OfferViewer, id: string) {
  const row = await requireOfferRow(db, viewer, id);
  if (!canEditOffer(row, viewer)) throw notFound("Angebot");
  return row;
}

export async function updateOffer(
  db: Db,
  context: ActorContext,
  id: string,
  input: OfferUpdate,
): Promise<Offer> {
  const viewer = offerViewerOf(context);
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const row = await requireEditable(trx, viewer, id);
    if (row.version !== version) throw staleVersion(await loadOffer(trx, viewer, id));
    const issues = offerRuleIssues({
      startsOn: changes.startsOn !== undefined ? changes.startsOn : row.starts_on,
      endsOn: changes.endsOn !== undefined ? changes.endsOn : row.ends_on,
    });
    if (issues.length > 0) throw validationFailed(issues);
    if (changes.places !== undefined && changes.places < row.places_taken)
      throw fieldError("places", say("places_taken", { count: row.places_taken }));
    await assertProgramme(trx, row.centre_id, changes.programmeId);
    const places = changes.places ?? row.places;
    const status =
      row.status === "filled" && places > row.places_taken
        ? "open"
        : row.status === "open" && places <= row.places_taken
          ? "filled"
          : row.status;
    const updated = await offers.updateOfferIfVersion(scopeOf(trx, context.actor), id, version, {
      ...(changes.type !== undefined && { type: changes.type }),
      ...(changes.title !== undefined && { title: changes.title }),
      ...(changes.occupation !== undefined && { occupation: changes.occupation }),
      ...(changes.district !== undefined && { district: changes.district }),
      ...(changes.startsOn !== undefined && { starts_on: changes.startsOn }),
      ...(changes.endsOn !== undefined && { ends_on: changes.endsOn }),
      ...(changes.places !== undefined && { places: changes.places }),
      ...(changes.languageRequirement !== undefined && {
        language_requirement: JSON.stringify(changes.languageRequirement),
      }),
      ...(changes.programmeId !== undefined && { programme_id: changes.programmeId }),
      ...(changes.description !== undefined && { description: changes.description }),
      status,
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(await loadOffer(trx, viewer, id));
    await recordAudit(trx, context, {
      action: "offer.update",
      entity: "offer",
      entityId: id,
      details: { fields: Object.keys(changes) },
    });
  });
  return loadOffer(db, viewer, id);
}

export async function transitionOffer(
  db: Db,
  context: ActorContext,
  id: string,
  input: OfferTransition,
): Promise<Offer> {
  const viewer = offerViewerOf(context);
  await db.transaction().execute(async (trx) => {
    const row = await requireEditable(trx, viewer, id);
    if (row.version !== input.version) throw staleVersion(await loadOffer(trx, viewer, id));
    const from = row.status as OfferStatus;
    const allowed = offerTransitions[from];
    if (!allowed.includes(input.to))
      throw conflict(
        "transition_not_allowed",
        `Von „${statusNames[from]}“ nach „${statusNames[input.to]}“ ist nicht möglich`,
        { from, to: input.to, allowed },
      );
    const to = input.to === "open" && row.places_taken >= row.places ? "filled" : input.to;
    await offers.updateOfferIfVersion(scopeOf(trx, context.actor), id, input.version, {
      status: to,
      ...(to === "open" && !row.opened_on && { opened_on: todayInBerlin() }),
      updated_at: nowIso(),
    });
    await recordAudit(trx, context, {
      action: "offer.transition",
      entity: "offer",
      entityId: id,
      details: { from, to },
    });
  });
  return loadOffer(db, viewer, id);
}
