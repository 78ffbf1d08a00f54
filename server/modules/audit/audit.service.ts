import type { Insertable, Selectable } from "kysely";
import type { AuditEntry, AuditListQuery } from "#shared/schemas/audit.ts";
import type { ActorContext, AuditEvent, RequestContext } from "../../app-env.ts";
import type { AuditLogTable, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso, startOfLocalDay, startOfNextLocalDay } from "../../lib/time.ts";
import { type AuditRecord, appendAudit, listAudit, listPersonsNamedIn } from "./audit.repository.ts";

export function auditRecord(context: RequestContext, event: AuditEvent): AuditRecord {
  const persons = new Set(event.personIds ?? []);
  if (event.entity === "person" && event.entityId) persons.add(event.entityId);
  if (typeof event.details?.personId === "string") persons.add(event.details.personId);
  return { row: auditRow(context, event), personIds: [...persons] };
}

function auditRow(context: RequestContext, event: AuditEvent): Insertable<AuditLogTable> {
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

/** A list entry may name hundreds of persons; the log shows the first few by name and the count. */
const NAMES_PER_ENTRY = 3;

type NamedPerson = AuditEntry["persons"][number];

/**
 * Reading the log names persons, so it is itself logged; those entries show only how many persons
 * they named, or every look at the log would name them again and the log would fill with itself.
 */
const LOG_READ_ACTION = "audit.list";

const toEntry = (row: Selectable<AuditLogTable>, named: NamedPerson[] = []): AuditEntry => ({
  id: row.id,
  at: row.at,
  userId: row.user_id,
  userEmail: row.user_email,
  centreId: row.centre_id,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  requestId: row.request_id,
  persons: row.action === LOG_READ_ACTION ? [] : named.slice(0, NAMES_PER_ENTRY),
  personCount: named.length,
});

async function personsNamedIn(db: DbOrTx, centreId: string, auditIds: string[]) {
  const named = new Map<string, NamedPerson[]>();
  for (const row of await listPersonsNamedIn(db, centreId, auditIds)) {
    const persons = named.get(row.audit_id) ?? [];
    persons.push({ id: row.person_id, name: `${row.family_name}, ${row.given_names}` });
    named.set(row.audit_id, persons);
  }
  return named;
}

/** The log names persons, so reading it is a read of those persons, audited before the answer leaves. */
export async function listAuditEntries(db: DbOrTx, context: ActorContext, query: AuditListQuery) {
  const { actor } = context;
  const cursor = decodeCursor(query.cursor, 2);
  const rows = await listAudit(db, actor.centreId, {
    action: query.action,
    entity: query.entity,
    entityId: query.entityId,
    userId: query.userId,
    kind: query.kind,
    personId: query.personId,
    fromInstant: query.from ? startOfLocalDay(query.from) : undefined,
    toInstant: query.to ? startOfNextLocalDay(query.to) : undefined,
    before: cursor ? { at: String(cursor[0]), id: String(cursor[1]) } : undefined,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.at, row.id]);
  const named = await personsNamedIn(
    db,
    actor.centreId,
    page.items.map((row) => row.id),
  );
  const items = page.items.map((row) => toEntry(row, named.get(row.id)));
  const shown = new Set(items.flatMap((entry) => entry.persons.map((person) => person.id)));
  if (shown.size > 0)
    await context.recordRead({
      action: LOG_READ_ACTION,
      entity: "audit",
      entityId: null,
      personIds: [...shown],
    });
  return { items, nextCursor: page.nextCursor };
}
