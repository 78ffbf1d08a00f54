import { RoleSchema } from "#shared/auth/roles.ts";
import type { StaffRequest, StaffRequestListQuery } from "#shared/schemas/staff-request.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { conflict, forbidden, notFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { clearSecondFactor } from "../second-factor/second-factor.cross-centre.ts";
import { endAllSessionsOf } from "../sessions/sessions.service.ts";
import * as requests from "./staff-requests.repository.ts";
import { confirmGrant, findUser } from "./users.repository.ts";

type Kind = StaffRequest["kind"];

const toStaffRequest = (row: requests.StaffRequestRow): StaffRequest => ({
  id: row.id,
  kind: row.kind === "grant_role" ? "grant_role" : "second_factor_reset",
  status: row.status === "confirmed" ? "confirmed" : row.status === "refused" ? "refused" : "pending",
  role: row.role === null ? null : RoleSchema.parse(row.role),
  user: { id: row.user_id, name: row.user_name, email: row.user_email },
  requestedBy: { id: row.requested_by, name: row.requester_name },
  requestedAt: row.requested_at,
  decidedBy: row.decided_by && row.decider_name ? { id: row.decided_by, name: row.decider_name } : null,
  decidedAt: row.decided_at,
});

/** Written in the transaction of the change that waits for it (the new account, the reset wish). */
export async function openStaffRequest(
  trx: DbOrTx,
  context: ActorContext,
  request: { kind: Kind; userId: string; role: string | null },
): Promise<string> {
  const id = newId();
  await requests.insertStaffRequest(centreScope(trx, context.actor.centreId), {
    id,
    centre_id: context.actor.centreId,
    kind: request.kind,
    user_id: request.userId,
    role: request.role,
    status: "pending",
    requested_by: context.actor.id,
    requested_at: nowIso(),
    decided_by: null,
    decided_at: null,
  });
  await recordAudit(trx, context, {
    action: "staff_request.create",
    entity: "staff_request",
    entityId: id,
    details: { kind: request.kind, userId: request.userId, role: request.role },
  });
  return id;
}

export async function listStaffRequests(db: Db, context: ActorContext, query: StaffRequestListQuery) {
  const rows = await requests.listStaffRequests(db, context.actor.centreId, query.status);
  return { items: rows.map(toStaffRequest) };
}

export async function requestSecondFactorReset(db: Db, context: ActorContext, userId: string) {
  const { actor } = context;
  const id = await db.transaction().execute(async (trx) => {
    const user = await findUser(trx, actor.centreId, userId);
    if (!user) throw notFound("Benutzer");
    if (await requests.hasPendingRequest(trx, actor.centreId, userId, "second_factor_reset")) {
      throw conflict("request_pending", "Für dieses Konto wartet schon ein Zurücksetzen auf Freigabe");
    }
    return openStaffRequest(trx, context, { kind: "second_factor_reset", userId, role: null });
  });
  return requireRequest(db, actor.centreId, id);
}

async function requireRequest(db: DbOrTx, centreId: string, id: string): Promise<StaffRequest> {
  const row = await requests.findStaffRequest(db, centreId, id);
  if (!row) throw notFound("Freigabe");
  return toStaffRequest(row);
}

/** Four eyes: neither the person who asked nor the person concerned may decide. */
export async function decideStaffRequest(
  db: Db,
  context: ActorContext,
  id: string,
  status: "confirmed" | "refused",
): Promise<StaffRequest> {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const request = await requireRequest(trx, actor.centreId, id);
    if (request.requestedBy.id === actor.id || request.user.id === actor.id) {
      throw forbidden("Eine zweite Person muss diese Freigabe bestätigen");
    }
    const now = nowIso();
    if (!(await requests.decide(trx, actor.centreId, id, { status, decidedBy: actor.id, decidedAt: now }))) {
      throw conflict("request_decided", "Über diese Freigabe wurde schon entschieden");
    }
    if (status === "confirmed") await apply(trx, actor.centreId, request, now);
    const details = { kind: request.kind, userId: request.user.id, role: request.role };
    await recordAudit(
      trx,
      context,
      status === "confirmed"
        ? { action: "staff_request.confirm", entity: "staff_request", entityId: id, details }
        : { action: "staff_request.refuse", entity: "staff_request", entityId: id, details },
    );
  });
  return requireRequest(db, actor.centreId, id);
}

async function apply(trx: DbOrTx, centreId: string, request: StaffRequest, now: string) {
  if (request.kind === "grant_role") {
    await confirmGrant(trx, centreId, request.user.id, now);
    return;
  }
  await clearSecondFactor(trx, request.user.id);
  await endAllSessionsOf(trx, request.user.id);
}
