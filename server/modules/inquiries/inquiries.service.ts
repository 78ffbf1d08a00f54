import { say } from "#shared/api/issue-messages.ts";
import { actsForCompany, can } from "#shared/auth/permissions.ts";
import type { CefrLevel } from "#shared/reference/cefr.ts";
import type { District } from "#shared/reference/districts.ts";
import type { HelpWanted, InquiryStatus } from "#shared/reference/employers.ts";
import type { Inquiry, InquiryCreate, InquiryListQuery, InquiryUpdate } from "#shared/schemas/inquiry.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { fieldError, forbidden, notFound, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findCompany, ownCompanyId } from "../companies/companies.service.ts";
import * as inquiries from "./inquiries.repository.ts";

const toInquiry = (row: inquiries.InquiryRow): Inquiry => ({
  id: row.id,
  companyId: row.company_id,
  companyName: row.company_name,
  district: row.district as District,
  occupation: row.occupation,
  peopleCount: row.people_count,
  germanLevel: row.german_level as CefrLevel | null,
  startOn: row.start_on,
  helpWanted: JSON.parse(row.help_wanted) as HelpWanted[],
  status: row.status as InquiryStatus,
  receivedOn: row.received_on,
  notes: row.notes,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

async function requireInquiry(db: DbOrTx, context: ActorContext, id: string): Promise<Inquiry> {
  const row = await inquiries.findInquiry(db, context.actor.centreId, id);
  if (!row) throw notFound("Anfrage");
  if (actsForCompany(context.actor.role) && row.company_id !== ownCompanyId(context))
    throw notFound("Anfrage");
  return toInquiry(row);
}

export const getInquiry = (db: Db, context: ActorContext, id: string) => requireInquiry(db, context, id);

export async function listInquiriesPage(db: Db, context: ActorContext, query: InquiryListQuery) {
  const isEmployer = actsForCompany(context.actor.role);
  if (isEmployer && query.companyId && query.companyId !== ownCompanyId(context))
    return { items: [], nextCursor: null };
  const rows = await inquiries.listInquiries(db, context.actor.centreId, {
    companyId: isEmployer ? ownCompanyId(context) : query.companyId,
    status: query.status,
    receivedFrom: query.receivedFrom,
    receivedTo: query.receivedTo,
    after: decodeCursor(query.cursor, 2),
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.received_on, row.id]);
  return { items: page.items.map(toInquiry), nextCursor: page.nextCursor };
}

export async function createInquiry(db: Db, context: ActorContext, input: InquiryCreate): Promise<Inquiry> {
  const { actor } = context;
  const isEmployer = actsForCompany(actor.role);
  const companyId = isEmployer ? ownCompanyId(context) : input.companyId;
  if (!companyId) throw fieldError("companyId", say("company_required"));
  if (isEmployer && input.companyId && input.companyId !== companyId)
    throw fieldError("companyId", say("own_company_inquiries"));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const company = await findCompany(trx, actor.centreId, companyId);
    if (!company) throw fieldError("companyId", say("unknown_company"));
    const now = nowIso();
    await inquiries.insertInquiry(centreScope(trx, actor.centreId), {
      id,
      centre_id: actor.centreId,
      company_id: companyId,
      district: input.district ?? company.district,
      occupation: input.occupation,
      people_count: input.peopleCount,
      german_level: input.germanLevel,
      start_on: input.startOn,
      help_wanted: JSON.stringify(input.helpWanted),
      status: "open",
      received_on: input.receivedOn ?? todayInBerlin(),
      notes: input.notes,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await recordAudit(trx, context, {
      action: "inquiry.create",
      entity: "inquiry",
      entityId: id,
      details: { companyId },
    });
  });
  return requireInquiry(db, context, id);
}

export async function updateInquiry(
  db: Db,
  context: ActorContext,
  id: string,
  input: InquiryUpdate,
): Promise<Inquiry> {
  if (!can(context.actor.role, "update:inquiry")) throw forbidden();
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const current = await requireInquiry(trx, context, id);
    if (current.version !== version) throw staleVersion(current);
    const updated = await inquiries.updateInquiryIfVersion(trx, context.actor.centreId, id, version, {
      ...(changes.occupation !== undefined && { occupation: changes.occupation }),
      ...(changes.peopleCount !== undefined && { people_count: changes.peopleCount }),
      ...(changes.germanLevel !== undefined && { german_level: changes.germanLevel }),
      ...(changes.startOn !== undefined && { start_on: changes.startOn }),
      ...(changes.helpWanted !== undefined && { help_wanted: JSON.stringify(changes.helpWanted) }),
      ...(changes.notes !== undefined && { notes: changes.notes }),
      ...(changes.district !== undefined && { district: changes.district }),
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.receivedOn !== undefined && { received_on: changes.receivedOn }),
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(current);
    await recordAudit(trx, context, {
      action: "inquiry.update",
      entity: "inquiry",
      entityId: id,
      details: { fields: Object.keys(changes) },
    });
  });
  return requireInquiry(db, context, id);
}
