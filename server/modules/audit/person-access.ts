import { accessAreaOf, accessKindOf } from "#shared/audit/access-kind.ts";
import type { PersonAccessEntry } from "#shared/schemas/audit.ts";
import type { CentreScope } from "../../db/centre-scope.ts";
import { listPersonAccess } from "./audit.repository.ts";

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

/** The newest `limit` entries naming the person, as the person's access history shows them. */
export async function newestPersonAccess(
  scope: CentreScope,
  personId: string,
  limit: number,
): Promise<PersonAccessEntry[]> {
  return (await listPersonAccess(scope, personId, limit)).map(toPersonAccessEntry);
}
