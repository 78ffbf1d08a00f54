import type { Insertable, Selectable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { CompaniesTable, DbOrTx } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";
import { containsFolded } from "../../db/text-search.ts";

const selectCompanies = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "companies", centreId)
    .leftJoin("agencies", "agencies.id", "companies.agency_id")
    .selectAll("companies")
    .select([
      "agencies.name as agency_name",
      "agencies.country as agency_country",
      "agencies.seal_status as agency_seal_status",
      "agencies.seal_valid_until as agency_seal_valid_until",
    ]);

export type CompanyRow = Selectable<CompaniesTable> & {
  agency_name: string | null;
  agency_country: string | null;
  agency_seal_status: string | null;
  agency_seal_valid_until: string | null;
};

export async function findCompany(db: DbOrTx, centreId: string, id: string): Promise<CompanyRow | undefined> {
  return selectCompanies(db, centreId).where("companies.id", "=", id).executeTakeFirst();
}

export type CompanyFilter = {
  terms: string[];
  sector?: string | undefined;
  district?: string | undefined;
  after?: (string | number)[] | undefined;
  limit: number;
};

export async function listCompanies(
  db: DbOrTx,
  centreId: string,
  filter: CompanyFilter,
): Promise<CompanyRow[]> {
  let query = selectCompanies(db, centreId);
  for (const term of filter.terms) query = query.where(containsFolded("companies.name_folded", term));
  if (filter.sector) query = query.where("companies.sector", "=", filter.sector);
  if (filter.district) query = query.where("companies.district", "=", filter.district);
  if (filter.after) query = query.where(keysetAfter("companies.name", "companies.id", "asc", filter.after));
  return query.orderBy("companies.name").orderBy("companies.id").limit(filter.limit).execute();
}

export async function insertCompany(scope: CentreScope, row: Insertable<CompaniesTable>): Promise<void> {
  await scope.insertInto("companies", row).execute();
}

export async function updateCompanyIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<CompaniesTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "companies", centreId)
    .set({ ...changes, version: version + 1 })
    .where("companies.id", "=", id)
    .where("companies.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export const listEmployerUsers = (db: DbOrTx, centreId: string, companyId: string) =>
  selectOwned(db, "users", centreId)
    .select(["users.id", "users.name", "users.email"])
    .where("users.company_id", "=", companyId)
    .where("users.role", "=", "employer")
    .where("users.active", "=", 1)
    .orderBy("users.name")
    .execute();

export async function countOpen(db: DbOrTx, centreId: string, companyId: string) {
  const [offers, inquiries] = await Promise.all([
    selectOwned(db, "offers", centreId)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("offers.company_id", "=", companyId)
      .where("offers.status", "=", "open")
      .executeTakeFirst(),
    selectOwned(db, "inquiries", centreId)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("inquiries.company_id", "=", companyId)
      .where("inquiries.status", "=", "open")
      .executeTakeFirst(),
  ]);
  return { offers: Number(offers?.n ?? 0), inquiries: Number(inquiries?.n ?? 0) };
}

const slices = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

export async function insertCompanies(
  scope: CentreScope,
  rows: readonly Insertable<CompaniesTable>[],
): Promise<void> {
  for (const batch of slices(rows, 500)) await scope.insertInto("companies", batch).execute();
}

/** Removes companies a failed import created moments ago (nothing refers to them yet). */
export async function deleteCompanies(scope: CentreScope, ids: readonly string[]): Promise<void> {
  for (const batch of slices(ids, 500))
    await scope.deleteFrom("companies").where("companies.id", "in", batch).execute();
}

/** Existing companies whose external id or folded name is one of the values. */
export async function findByKeyValues(
  db: DbOrTx,
  centreId: string,
  column: "external_id" | "name_folded",
  values: readonly string[],
): Promise<CompanyRow[]> {
  const found: CompanyRow[] = [];
  for (const batch of slices([...new Set(values)], 500))
    found.push(...(await selectCompanies(db, centreId).where(`companies.${column}`, "in", batch).execute()));
  return found;
}
