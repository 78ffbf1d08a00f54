import type { Insertable } from "kysely";
import { say } from "#shared/api/issue-messages.ts";
import { actsForCompany } from "#shared/auth/permissions.ts";
import {
  type Company,
  type CompanyCreate,
  type CompanyListQuery,
  type CompanyProfile,
  type CompanyUpdate,
  employerEditableCompanyFields,
} from "#shared/schemas/company.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { CompaniesTable, Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { fieldError, forbidden, notFound, staleVersion, validationFailed } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { foldName } from "../../lib/names.ts";
import { nowIso } from "../../lib/time.ts";
import { agencyExists } from "../agencies/agencies.service.ts";
import { recordAudit } from "../audit/audit.service.ts";
import * as companies from "./companies.repository.ts";
import { toCompany, toCompanyListItem, toCompanyProfile } from "./company-mapping.ts";

/** The company an employer belongs to; any other id answers 404. */
export function ownCompanyId(context: ActorContext): string {
  if (!context.actor.companyId) throw forbidden("Kein Unternehmen zugeordnet");
  return context.actor.companyId;
}

async function loadCompany(db: DbOrTx, centreId: string, id: string): Promise<Company> {
  const row = await companies.findCompany(db, centreId, id);
  if (!row) throw notFound("Unternehmen");
  const [employerUsers, open] = await Promise.all([
    companies.listEmployerUsers(db, centreId, id),
    companies.countOpen(db, centreId, id),
  ]);
  return toCompany(row, { employerUsers, openOffers: open.offers, openInquiries: open.inquiries });
}

async function loadProfile(db: DbOrTx, centreId: string, id: string): Promise<CompanyProfile> {
  const row = await companies.findCompany(db, centreId, id);
  if (!row) throw notFound("Unternehmen");
  return toCompanyProfile(row);
}

export async function getCompany(
  db: Db,
  context: ActorContext,
  id: string,
): Promise<Company | CompanyProfile> {
  const { actor } = context;
  if (actsForCompany(actor.role)) {
    if (id !== ownCompanyId(context)) throw notFound("Unternehmen");
    return loadProfile(db, actor.centreId, id);
  }
  return loadCompany(db, actor.centreId, id);
}

export async function listCompaniesPage(db: Db, context: ActorContext, query: CompanyListQuery) {
  const after = decodeCursor(query.cursor, 2);
  const terms = query.q ? foldName(query.q).split(" ").filter(Boolean).slice(0, 5) : [];
  const rows = await companies.listCompanies(db, context.actor.centreId, {
    terms,
    sector: query.sector,
    district: query.district,
    after,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.name, row.id]);
  return { items: page.items.map((row) => toCompanyListItem(row)), nextCursor: page.nextCursor };
}

/** A new company's row with its folded search name: what `POST /api/companies` and the import write. */
export function newCompanyRow(
  centreId: string,
  id: string,
  input: CompanyCreate,
  externalId: string | null,
  now = nowIso(),
): Insertable<CompaniesTable> {
  return {
    id,
    centre_id: centreId,
    name: input.name,
    district: input.district,
    sector: input.sector,
    chamber: input.chamber,
    size_band: input.sizeBand,
    contacts: JSON.stringify(input.contacts),
    notes: input.notes,
    agency_id: input.agencyId,
    name_folded: foldName(input.name),
    external_id: externalId,
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

export async function createCompany(db: Db, context: ActorContext, input: CompanyCreate): Promise<Company> {
  const { actor } = context;
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    if (input.agencyId && !(await agencyExists(trx, input.agencyId)))
      throw fieldError("agencyId", say("unknown_agency"));
    await companies.insertCompany(
      centreScope(trx, actor.centreId),
      newCompanyRow(actor.centreId, id, input, null, now),
    );
    await recordAudit(trx, context, { action: "company.create", entity: "company", entityId: id });
  });
  return loadCompany(db, actor.centreId, id);
}

export async function updateCompany(
  db: Db,
  context: ActorContext,
  id: string,
  input: CompanyUpdate,
): Promise<Company | CompanyProfile> {
  const { actor } = context;
  const isEmployer = actsForCompany(actor.role);
  if (isEmployer && id !== ownCompanyId(context)) throw notFound("Unternehmen");
  const { version, ...changes } = input;
  if (isEmployer) {
    const refused = Object.keys(changes).filter(
      (field) => !(employerEditableCompanyFields as readonly string[]).includes(field),
    );
    if (refused.length > 0)
      throw validationFailed(refused.map((path) => ({ path, message: say("centre_maintains_field") })));
  }
  await db.transaction().execute(async (trx) => {
    const current = await companies.findCompany(trx, actor.centreId, id);
    if (!current) throw notFound("Unternehmen");
    const currentView = isEmployer ? toCompanyProfile(current) : await loadCompany(trx, actor.centreId, id);
    if (current.version !== version) throw staleVersion(currentView);
    if (changes.agencyId && !(await agencyExists(trx, changes.agencyId)))
      throw fieldError("agencyId", say("unknown_agency"));
    const updated = await companies.updateCompanyIfVersion(trx, actor.centreId, id, version, {
      ...(changes.name !== undefined && { name: changes.name, name_folded: foldName(changes.name) }),
      ...(changes.sector !== undefined && { sector: changes.sector }),
      ...(changes.chamber !== undefined && { chamber: changes.chamber }),
      ...(changes.district !== undefined && { district: changes.district }),
      ...(changes.sizeBand !== undefined && { size_band: changes.sizeBand }),
      ...(changes.contacts !== undefined && { contacts: JSON.stringify(changes.contacts) }),
      ...(changes.notes !== undefined && { notes: changes.notes }),
      ...(changes.agencyId !== undefined && { agency_id: changes.agencyId }),
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(currentView);
    await recordAudit(trx, context, {
      action: "company.update",
      entity: "company",
      entityId: id,
      details: { fields: Object.keys(changes) },
    });
  });
  return isEmployer ? loadProfile(db, actor.centreId, id) : loadCompany(db, actor.centreId, id);
}

// The data other modules read and write through this module (its repository is private to it).
export type CompanyRow = companies.CompanyRow;
export const deleteCompanies: typeof companies.deleteCompanies = (...args) =>
  companies.deleteCompanies(...args);
export const findByKeyValues: typeof companies.findByKeyValues = (...args) =>
  companies.findByKeyValues(...args);
export const findCompany: typeof companies.findCompany = (...args) => companies.findCompany(...args);
export const insertCompanies: typeof companies.insertCompanies = (...args) =>
  companies.insertCompanies(...args);
export const updateCompanyIfVersion: typeof companies.updateCompanyIfVersion = (...args) =>
  companies.updateCompanyIfVersion(...args);
