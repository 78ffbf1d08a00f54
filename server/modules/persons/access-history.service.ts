import { accessAreaOf, accessKindOf } from "../../../shared/audit/access-kind.ts";
import { PERSON_ACCESS_LIMIT, type PersonAccessEntry } from "../../../shared/schemas/audit.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { listPersonAccess } from "../audit/audit.repository.ts";
import * as persons from "./persons.repository.ts";

export type PersonAccessRow = Awaited<ReturnType<typeof listPersonAccess>>[number];

const ACCESS_PAGE = 1000;

export const toPersonAccessEntry = (row: PersonAccessRow): PersonAccessEntry => ({
  id: row.id,
  at: row.at,
  action: row.action,
  kind: accessKindOf(row.action),
  area: accessAreaOf(row.action),
  role: row.role,
  userName: row.user_name ?? row.user_email,
  companyName: row.company_name,
  centreName: row.centre_name,
});

/** Every entry naming the person, newest first, page by page (the access history shows only the newest). */
export async function listAllPersonAccess(scope: CentreScope, personId: string): Promise<PersonAccessRow[]> {
  const rows: PersonAccessRow[] = [];
  for (;;) {
    const last = rows[rows.length - 1];
    const page = await listPersonAccess(scope, personId, ACCESS_PAGE, last && { at: last.at, id: last.id });
    rows.push(...page);
    if (page.length < ACCESS_PAGE) return rows;
  }
}

/**
 * Who saw or changed a person's data (Art. 15: the recipients): every audit entry that names the
 * person — reads, changes, exports, contact releases — with who acted and for which centre or company.
 * Reading it is itself a read of the person, audited before the answer leaves.
 */
export async function listPersonAccessHistory(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<PersonAccessEntry[]> {
  const person = await persons.findPerson(db, context.actor.centreId, personId);
  if (!person) throw notFound("Person");
  await context.recordRead({ action: "person.access_history", entity: "person", entityId: personId });
  const rows = await listPersonAccess(scopeOf(db, context.actor), personId, PERSON_ACCESS_LIMIT);
  return rows.map(toPersonAccessEntry);
}
