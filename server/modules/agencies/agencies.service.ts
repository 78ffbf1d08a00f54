import { say } from "#shared/api/issue-messages.ts";
import {
  type Agency,
  type AgencyCreate,
  type AgencySummary,
  type AgencyUpdate,
  agencyRuleIssues,
} from "#shared/schemas/agency.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { fieldError, notFound, staleVersion, validationFailed } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import * as agencies from "./agencies.repository.ts";
import { toAgency, toAgencySummary } from "./agency-mapping.ts";

async function requireAgency(db: Db, centreId: string, id: string): Promise<Agency> {
  const row = await agencies.findAgency(centreScope(db, centreId), id);
  if (!row) throw notFound("Agentur");
  return toAgency(row);
}

export const getAgency = (db: Db, context: ActorContext, id: string) =>
  requireAgency(db, context.actor.centreId, id);

export async function listAgencyItems(
  db: Db,
  context: ActorContext,
  query: { q?: string | undefined; sealWarning?: "any" | "none" | undefined },
): Promise<Agency[]> {
  const items = (await agencies.listAgencies(centreScope(db, context.actor.centreId), query.q)).map((row) =>
    toAgency(row),
  );
  if (query.sealWarning === "any") return items.filter((item) => item.sealWarning !== null);
  if (query.sealWarning === "none") return items.filter((item) => item.sealWarning === null);
  return items;
}

export async function createAgency(db: Db, context: ActorContext, input: AgencyCreate): Promise<Agency> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await agencies.insertAgency(trx, {
      id,
      name: input.name,
      country: input.country,
      seal_status: input.sealStatus,
      seal_valid_until: input.sealValidUntil,
      website: input.website,
      notes: input.notes,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await recordAudit(trx, context, { action: "agency.create", entity: "agency", entityId: id });
  });
  return requireAgency(db, context.actor.centreId, id);
}

export async function updateAgency(
  db: Db,
  context: ActorContext,
  id: string,
  input: AgencyUpdate,
): Promise<Agency> {
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const current = await requireAgency(trx, context.actor.centreId, id);
    if (current.version !== version) throw staleVersion(current);
    const issues = agencyRuleIssues({ ...current, ...changes });
    if (issues.length > 0) throw validationFailed(issues);
    const updated = await agencies.updateAgencyIfVersion(trx, id, version, {
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.country !== undefined && { country: changes.country }),
      ...(changes.sealStatus !== undefined && { seal_status: changes.sealStatus }),
      ...(changes.sealValidUntil !== undefined && { seal_valid_until: changes.sealValidUntil }),
      ...(changes.website !== undefined && { website: changes.website }),
      ...(changes.notes !== undefined && { notes: changes.notes }),
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(current);
    await recordAudit(trx, context, {
      action: "agency.update",
      entity: "agency",
      entityId: id,
      details: { fields: Object.keys(changes) },
    });
  });
  return requireAgency(db, context.actor.centreId, id);
}

/** The agency a person of the centre is linked to (the person module checks the person). */
export async function agencyOfPerson(
  db: DbOrTx,
  centreId: string,
  personId: string,
): Promise<AgencySummary | null> {
  const row = await agencies.findPersonAgency(centreScope(db, centreId), personId);
  return row ? toAgencySummary(row) : null;
}

/** Links a person of the centre to an agency, or unlinks with `null`; an unknown agency is a field error. */
export async function linkPersonToAgency(
  trx: DbOrTx,
  centreId: string,
  personId: string,
  agencyId: string | null,
) {
  if (agencyId && !(await agencies.agencyExists(trx, agencyId)))
    throw fieldError("agencyId", say("unknown_agency"));
  await agencies.setPersonAgency(centreScope(trx, centreId), personId, agencyId, nowIso());
}

// The data other modules read and write through this module (its repository is private to it).
export const agencyExists: typeof agencies.agencyExists = (...args) => agencies.agencyExists(...args);
export const findPersonAgency: typeof agencies.findPersonAgency = (...args) =>
  agencies.findPersonAgency(...args);
