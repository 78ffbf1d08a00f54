import type { Insertable } from "kysely";
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { type AccessKind, accessKindRules } from "#shared/audit/access-kind.ts";
import { insertInBatches } from "../../db/bulk.ts";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { AuditLogTable, Database, DbOrTx } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { executeShaped } from "../../db/query-shapes.ts";

/** An audit row and the persons it concerns, written together. */
export type AuditRecord = { row: Insertable<AuditLogTable>; personIds: string[] };

import { selectAuditOwned, selectOwned } from "../../db/scoped.ts";

const personLinks = (records: readonly AuditRecord[]) =>
  records.flatMap(({ row, personIds }) =>
    personIds.map((personId) => ({ person_id: personId, audit_id: row.id })),
  );

export async function appendAudit(db: DbOrTx, record: AuditRecord): Promise<void> {
  await db.insertInto("audit_log").values(record.row).execute();
  await insertInBatches(db, "audit_persons", personLinks([record]));
}

const AUDIT_COLUMNS = [
  "id",
  "at",
  "user_id",
  "user_email",
  "role",
  "centre_id",
  "action",
  "entity",
  "entity_id",
  "request_id",
  "ip",
  "details",
] as const satisfies readonly (keyof AuditLogTable)[];

/**
 * Rows go in chunks of at most `chunk` rows, each chunk's insert compiled once per row count (built on `db`,
 * run in `trx`): a read audit's group of entries and their person links then costs no query building, and the
 * cache holds at most `chunk` shapes per table.
 */
async function insertChunked<Row extends Record<string, unknown>>(
  db: DbOrTx,
  trx: DbOrTx,
  table: "audit_log" | "audit_persons",
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
  chunk: number,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    await executeShaped(
      db,
      `${table}.insert:${part.length}`,
      part.flatMap((row) => columns.map((column) => row[column])),
      (value) =>
        db.insertInto(table).values(
          // Every column of `columns`, each a placeholder the request's values replace.
          part.map(
            (_, index) =>
              Object.fromEntries(
                columns.map((column, offset) => [column, value(index * columns.length + offset)]),
              ) as never,
          ),
        ),
      trx,
    );
  }
}

/** One transaction for the whole group: the entries are committed together or not at all. */
export async function appendAuditBatch(db: DbOrTx, records: readonly AuditRecord[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertChunked(
      db,
      trx,
      "audit_log",
      AUDIT_COLUMNS,
      records.map((record) => record.row),
      16,
    );
    await insertChunked(db, trx, "audit_persons", ["person_id", "audit_id"], personLinks(records), 64);
  });
}

export type AuditFilter = {
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  userId?: string | undefined;
  kind?: AccessKind | undefined;
  personId?: string | undefined;
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
  if (filter.personId) {
    const personId = filter.personId;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("audit_persons")
          .select("audit_persons.audit_id")
          .whereRef("audit_persons.audit_id", "=", "audit_log.id")
          .where("audit_persons.person_id", "=", personId),
      ),
    );
  }
  if (filter.kind)
    query = query
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("audit_persons")
            .select("audit_persons.audit_id")
            .whereRef("audit_persons.audit_id", "=", "audit_log.id"),
        ),
      )
      .where(ofAccessKind(filter.kind));
  if (filter.fromInstant) query = query.where("at", ">=", filter.fromInstant);
  if (filter.toInstant) query = query.where("at", "<", filter.toInstant);
  if (filter.before)
    query = query.where(keysetAfter("at", "id", "desc", [filter.before.at, filter.before.id]));
  return query.orderBy("at", "desc").orderBy("id", "desc").limit(filter.limit).execute();
}

const likeLiteral = (text: string) => text.replace(/[!%_]/g, (char) => `!${char}`);

/** `accessKindOf` in SQL, built from the same rules: the first rule that matches decides. */
function ofAccessKind(kind: AccessKind) {
  return (eb: ExpressionBuilder<Database, "audit_log">) => {
    const like = (pattern: string) => sql<SqlBool>`${eb.ref("audit_log.action")} like ${pattern} escape '!'`;
    const endsWithVerb = (verb: string) => like(`%.${likeLiteral(verb)}`);
    const rules = accessKindRules;
    const byKind: [AccessKind, Expression<SqlBool>][] = [
      ["release", eb("audit_log.action", "=", rules.releaseAction)],
      ["export", endsWithVerb(rules.exportVerb)],
      ["anonymisation", endsWithVerb(rules.anonymiseVerb)],
      [
        "read",
        eb.or([
          ...rules.readVerbs.map(endsWithVerb),
          ...rules.readAreas.map((area) => like(`${likeLiteral(area)}.%`)),
        ]),
      ],
    ];
    const position = byKind.findIndex(([candidate]) => candidate === kind);
    const earlier = (position === -1 ? byKind : byKind.slice(0, position)).map(([, rule]) => eb.not(rule));
    const own = byKind[position]?.[1];
    return eb.and(own ? [...earlier, own] : earlier);
  };
}

/** The persons each entry names, with their names, when they belong to the reader's centre. */
export function listPersonsNamedIn(db: DbOrTx, centreId: string, auditIds: readonly string[]) {
  if (auditIds.length === 0) return Promise.resolve([]);
  return selectOwned(db, "persons", centreId)
    .innerJoin("audit_persons", "audit_persons.person_id", "persons.id")
    .where("audit_persons.audit_id", "in", auditIds)
    .select([
      "audit_persons.audit_id as audit_id",
      "persons.id as person_id",
      "persons.family_name as family_name",
      "persons.given_names as given_names",
    ])
    .orderBy("persons.family_name")
    .execute();
}

/**
 * The entries naming one person (audit_persons), newest first, with who acted: name, role, and the
 * centre or company they acted for, reached through the person of the reader's centre; `before`
 * continues after the last entry of a page.
 */
export async function listPersonAccess(
  scope: CentreScope,
  personId: string,
  limit: number,
  before?: { at: string; id: string },
) {
  let query = scope
    .selectFrom("persons")
    .innerJoin("audit_persons as ap", "ap.person_id", "persons.id")
    .innerJoin("audit_log as a", "a.id", "ap.audit_id")
    .leftJoin("users as u", "u.id", "a.user_id")
    .leftJoin("companies as co", "co.id", "u.company_id")
    .leftJoin("centres as ce", "ce.id", "a.centre_id")
    .where("persons.id", "=", personId)
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
