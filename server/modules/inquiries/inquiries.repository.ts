import type { Insertable, Selectable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, InquiriesTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";

export type InquiryRow = Selectable<InquiriesTable> & { company_name: string };

const selectInquiries = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "inquiries", centreId)
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .selectAll("inquiries")
    .select("companies.name as company_name");

export const findInquiry = (db: DbOrTx, centreId: string, id: string): Promise<InquiryRow | undefined> =>
  selectInquiries(db, centreId).where("inquiries.id", "=", id).executeTakeFirst();

export type InquiryFilter = {
  companyId?: string | undefined;
  status?: string | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  after?: (string | number)[] | undefined;
  limit: number;
};

export function listInquiries(db: DbOrTx, centreId: string, filter: InquiryFilter): Promise<InquiryRow[]> {
  let query = selectInquiries(db, centreId);
  if (filter.companyId) query = query.where("inquiries.company_id", "=", filter.companyId);
  if (filter.status) query = query.where("inquiries.status", "=", filter.status);
  if (filter.receivedFrom) query = query.where("inquiries.received_on", ">=", filter.receivedFrom);
  if (filter.receivedTo) query = query.where("inquiries.received_on", "<=", filter.receivedTo);
  if (filter.after)
    query = query.where(keysetAfter("inquiries.received_on", "inquiries.id", "desc", filter.after));
  return query
    .orderBy("inquiries.received_on", "desc")
    .orderBy("inquiries.id", "desc")
    .limit(filter.limit)
    .execute();
}

export async function insertInquiry(scope: CentreScope, row: Insertable<InquiriesTable>): Promise<void> {
  await scope.insertInto("inquiries", row).execute();
}

export async function updateInquiryIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<InquiriesTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "inquiries", centreId)
    .set({ ...changes, version: version + 1 })
    .where("inquiries.id", "=", id)
    .where("inquiries.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
