import { insertInBatches } from "../../db/bulk.ts";
import type { DbOrTx } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectAuditOwned } from "../../db/scoped.ts";

import type { AuditRecord } from "./audit.service.ts";

const personLinks = (records: readonly AuditRecord[]) =>
  records.flatMap(({ row, personIds }) =>
    personIds.map((personId) => ({ person_id: personId, audit_id: row.id })),
  );

export async function appendAudit(db: DbOrTx, record: AuditRecord): Promise<void> {
  await db.insertInto("audit_log").values(record.row).execute();
  await insertInBatches(db, "audit_persons", personLinks([record]));
}

/** One transaction for the whole group: the entries are committed together or not at all. */
export async function appendAuditBatch(db: DbOrTx, records: readonly AuditRecord[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertInBatches(
      trx,
      "audit_log",
      records.map((record) => record.row),
    );
    await insertInBatches(trx, "audit_persons", personLinks(records));
  });
}

export type AuditFilter = {
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  userId?: string | undefined;
  fromInstant?: string | undefined;
  toInstant?: string | undefined;
  before?: { at: string; id: string } | undefined;
  limit: number;
};

export async function listAudit(db: DbOrTx, centreId: string, filter: AuditFilter) {
  let query = selectAuditOwned(db, centreId).selectAll();
  if (filter.action) query = query.where("action", "=", filter.action);
  if (filter.entity) query = query.where("entity", "=", filter.entity);
  if (filter.entityId) query = query.where("entity_id", "=", filter.entityId);
  if (filter.userId) query = query.where("user_id", "=", filter.userId);
  if (filter.fromInstant) query = query.where("at", ">=", filter.fromInstant);
  if (filter.toInstant) query = query.where("at", "<", filter.toInstant);
  if (filter.before)
    query = query.where(keysetAfter("at", "id", "desc", [filter.before.at, filter.before.id]));
  return query.orderBy("at", "desc").orderBy("id", "desc").limit(filter.limit).execute();
}

/**
 * The entries naming one person (audit_persons), newest first, with who acted: name, role, and the
 * centre or company they acted for; `before` continues after the last entry of a page. The caller has
 * checked that the person is of the reader's centre.
 */
export async function listPersonAccess(
  db: DbOrTx,
  personId: string,
  limit: number,
  before?: { at: string; id: string },
) {
  let query = db
    .selectFrom("audit_persons as ap")
    .innerJoin("audit_log as a", "a.id", "ap.audit_id")
    .leftJoin("users as u", "u.id", "a.user_id")
    .leftJoin("companies as co", "co.id", "u.company_id")
    .leftJoin("centres as ce", "ce.id", "a.centre_id")
    .where("ap.person_id", "=", personId)
    .select([
      "a.id as id",
      "a.at as at",
      "a.action as action",
      "a.entity_id as entity_id",
      "a.role as role",
      "u.name as user_name",
      "a.user_email as user_email",
      "co.id as company_id",
      "co.name as company_name",
      "ce.name as centre_name",
    ]);
  if (before) query = query.where(keysetAfter("a.at", "a.id", "desc", [before.at, before.id]));
  return query.orderBy("a.at", "desc").orderBy("a.id", "desc").limit(limit).execute();
}
