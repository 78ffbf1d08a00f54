import type { AuditEntry, AuditListQuery } from "../../../shared/schemas/audit.ts";
import type { Actor, RequestContext } from "../../app-env.ts";
import type { AuditLogTable, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso, startOfLocalDay, startOfNextLocalDay } from "../../lib/time.ts";
import { appendAudit, listAudit } from "./audit.repository.ts";

export type AuditEvent = {
  action: string;
  entity: string;
  entityId: string | null;
  centreId?: string | null;
  details?: Record<string, unknown>;
  /** Who acted when no session exists yet: the account signing in, or the e-mail that was tried. */
  subject?: { id: string | null; email: string; role: string | null };
  /** The persons whose data the request showed or changed (a person entity and `details.personId` count too). */
  personIds?: readonly string[];
};

/** An audit row and the persons it concerns, written together. */
export type AuditRecord = { row: AuditLogTable; personIds: string[] };

export function auditRecord(context: RequestContext, event: AuditEvent): AuditRecord {
  const persons = new Set(event.personIds ?? []);
  if (event.entity === "person" && event.entityId) persons.add(event.entityId);
  if (typeof event.details?.personId === "string") persons.add(event.details.personId);
  return { row: auditRow(context, event), personIds: [...persons] };
}

function auditRow(context: RequestContext, event: AuditEvent): AuditLogTable {
  const actor = context.actor ?? event.subject;
  return {
    id: newId(),
    at: nowIso(),
    user_id: actor?.id ?? null,
    user_email: actor?.email ?? null,
    role: actor?.role ?? null,
    centre_id: event.centreId !== undefined ? event.centreId : (context.actor?.centreId ?? null),
    action: event.action,
    entity: event.entity,
    entity_id: event.entityId,
    request_id: context.requestId,
    ip: context.ip,
    details: event.details ? JSON.stringify(event.details) : null,
  };
}

/** Written inside the same transaction as the change it records. */
export async function recordAudit(db: DbOrTx, context: RequestContext, event: AuditEvent): Promise<void> {
  await appendAudit(db, auditRecord(context, event));
}

const toEntry = (row: AuditLogTable): AuditEntry => ({
  id: row.id,
  at: row.at,
  userId: row.user_id,
  userEmail: row.user_email,
  centreId: row.centre_id,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  requestId: row.request_id,
});

export async function listAuditEntries(db: DbOrTx, actor: Actor, query: AuditListQuery) {
  const cursor = decodeCursor(query.cursor, 2);
  const rows = await listAudit(db, actor.centreId, {
    action: query.action,
    entity: query.entity,
    entityId: query.entityId,
    userId: query.userId,
    fromInstant: query.from ? startOfLocalDay(query.from) : undefined,
    toInstant: query.to ? startOfNextLocalDay(query.to) : undefined,
    before: cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : undefined,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.at, row.id]);
  return { items: page.items.map(toEntry), nextCursor: page.nextCursor };
}
