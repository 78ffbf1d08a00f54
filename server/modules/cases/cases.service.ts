import { say } from "#shared/api/issue-messages.ts";
import { type CaseStatus, caseTransitions } from "#shared/reference/cases.ts";
import type { Case, CaseCreate, CaseListQuery, CaseTransition, CaseUpdate } from "#shared/schemas/case.ts";
import {
  type CaseListExportQuery,
  type ListExportFormat,
  MAX_LIST_EXPORT_ROWS,
} from "#shared/schemas/list-export.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { conflict, fieldError, notFound, staleVersion, tooManyRows } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { foldName } from "../../lib/names.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { disclose } from "../disclosure/disclosure-gate.ts";
import * as persons from "../persons/persons.service.ts";
import { ensureResidencePermitTask } from "../persons/residence-permit-tasks.ts";
import { requireWritablePerson } from "../persons/writable-person.ts";
import { isActiveCaseworker } from "../users/users.service.ts";
import { toCase } from "./case-mapping.ts";
import * as cases from "./cases.repository.ts";

export const statusNames: Record<CaseStatus, string> = {
  new: "Neu",
  active: "Aktiv",
  on_hold: "Pausiert",
  closed: "Abgeschlossen",
};

async function requireCase(db: DbOrTx, centreId: string, id: string): Promise<Case> {
  const row = await cases.findCase(db, centreId, id);
  if (!row) throw notFound("Fall");
  return toCase(row);
}

export async function assertCaseworker(
  db: DbOrTx,
  centreId: string,
  advisorId: string | null | undefined,
  field = "advisorId",
) {
  if (advisorId && !(await isActiveCaseworker(db, centreId, advisorId))) {
    throw fieldError(field, say("not_an_active_advisor"));
  }
}

/** The person row carries its open case so that the persons list needs no join. */
export async function syncOpenCase(db: DbOrTx, centreId: string, caseId: string) {
  const current = await requireCase(db, centreId, caseId);
  await persons.setOpenCase(
    db,
    centreId,
    current.personId,
    current.status === "closed"
      ? null
      : {
          id: current.id,
          status: current.status,
          advisorId: current.advisorId,
          concerns: JSON.stringify(current.concerns),
        },
  );
  await persons.refreshSupportSpan(db, centreId, current.personId);
  await ensureResidencePermitTask(db, centreId, current.personId);
}

export async function getCase(db: Db, context: ActorContext, id: string): Promise<Case> {
  const found = await requireCase(db, context.actor.centreId, id);
  await context.recordRead({
    action: "case.read",
    entity: "case",
    entityId: id,
    details: { personId: found.personId },
    personIds: [found.personId],
  });
  return found;
}

export async function createCase(db: Db, context: ActorContext, input: CaseCreate): Promise<Case> {
  const { actor } = context;
  const advisorId = input.advisorId === undefined ? actor.id : input.advisorId;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await requireWritablePerson(trx, actor.centreId, input.personId);
    await assertCaseworker(trx, actor.centreId, advisorId);
    if (await cases.findOpenCaseOfPerson(trx, actor.centreId, input.personId)) {
      throw conflict("open_case_exists", "Für diese Person gibt es schon einen offenen Fall");
    }
    const now = nowIso();
    await cases.insertCase(centreScope(trx, actor.centreId), {
      id,
      centre_id: actor.centreId,
      person_id: input.personId,
      status: "new",
      concerns: JSON.stringify(input.concerns),
      source_channel: input.sourceChannel,
      advisor_id: advisorId,
      outcome: null,
      opened_on: input.openedOn ?? todayInBerlin(),
      closed_on: null,
      last_activity_on: null,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await syncOpenCase(trx, actor.centreId, id);
    await recordAudit(trx, context, {
      action: "case.create",
      entity: "case",
      entityId: id,
      details: { personId: input.personId },
    });
  });
  return requireCase(db, actor.centreId, id);
}

export async function updateCase(
  db: Db,
  context: ActorContext,
  id: string,
  input: CaseUpdate,
): Promise<Case> {
  const { actor } = context;
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const current = await requireCase(trx, actor.centreId, id);
    if (current.version !== version) throw staleVersion(current);
    await assertCaseworker(trx, actor.centreId, changes.advisorId);
    const updated = await cases.updateCaseIfVersion(trx, actor.centreId, id, version, {
      ...(changes.concerns && { concerns: JSON.stringify(changes.concerns) }),
      ...(changes.sourceChannel && { source_channel: changes.sourceChannel }),
      ...(changes.advisorId !== undefined && { advisor_id: changes.advisorId }),
      updated_at: nowIso(),
    });
    // Lost a race (PostgreSQL: the row lock waited for the other writer): answer with its result.
    if (!updated) throw staleVersion(await requireCase(trx, actor.centreId, id));
    await syncOpenCase(trx, actor.centreId, id);
    await recordAudit(trx, context, {
      action: "case.update",
      entity: "case",
      entityId: id,
      details: { fields: Object.keys(changes) },
      personIds: [current.personId],
    });
  });
  return requireCase(db, actor.centreId, id);
}

export async function transitionCase(
  db: Db,
  context: ActorContext,
  id: string,
  input: CaseTransition,
): Promise<Case> {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const current = await requireCase(trx, actor.centreId, id);
    if (current.version !== input.version) throw staleVersion(current);
    if (!caseTransitions[current.status].includes(input.to)) {
      throw conflict(
        "transition_not_allowed",
        current.status === "closed"
          ? "Der Fall ist abgeschlossen. Zum Weiterarbeiten den Fall wieder öffnen."
          : `Von „${statusNames[current.status]}“ nach „${statusNames[input.to]}“ ist nicht möglich`,
        { from: current.status, to: input.to, allowed: caseTransitions[current.status] },
      );
    }
    if (input.to === "closed" && !input.outcome) throw fieldError("outcome", say("outcome_required"));
    if (input.to !== "closed" && input.outcome) throw fieldError("outcome", say("outcome_only_when_closing"));
    const closedOn = input.to === "closed" ? (input.closedOn ?? todayInBerlin()) : null;
    if (closedOn && closedOn < current.openedOn) throw fieldError("closedOn", say("closed_before_opened"));
    const moved = await cases.updateCaseIfVersion(trx, actor.centreId, id, input.version, {
      status: input.to,
      outcome: input.to === "closed" ? (input.outcome ?? null) : null,
      closed_on: closedOn,
      updated_at: nowIso(),
    });
    if (!moved) throw staleVersion(await requireCase(trx, actor.centreId, id));
    await syncOpenCase(trx, actor.centreId, id);
    await recordAudit(trx, context, {
      action: "case.transition",
      entity: "case",
      entityId: id,
      details: { from: current.status, to: input.to, ...(input.outcome && { outcome: input.outcome }) },
      personIds: [current.personId],
    });
  });
  return requireCase(db, actor.centreId, id);
}

export async function reopenCase(db: Db, context: ActorContext, id: string, version: number): Promise<Case> {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const current = await requireCase(trx, actor.centreId, id);
    if (current.version !== version) throw staleVersion(current);
    if (current.status !== "closed")
      throw conflict("case_not_closed", "Nur abgeschlossene Fälle können wieder geöffnet werden");
    const other = await cases.findOpenCaseOfPerson(trx, actor.centreId, current.personId);
    if (other) throw conflict("open_case_exists", "Für diese Person gibt es schon einen offenen Fall");
    const reopened = await cases.updateCaseIfVersion(trx, actor.centreId, id, version, {
      status: "active",
      outcome: null,
      closed_on: null,
      updated_at: nowIso(),
    });
    if (!reopened) throw staleVersion(await requireCase(trx, actor.centreId, id));
    await syncOpenCase(trx, actor.centreId, id);
    await recordAudit(trx, context, {
      action: "case.reopen",
      entity: "case",
      entityId: id,
      details: { previousOutcome: current.outcome },
      personIds: [current.personId],
    });
  });
  return requireCase(db, actor.centreId, id);
}

/** The list's filters as the repository takes them, shared by the page and the export of the same list. */
function caseFilter(query: Omit<CaseListQuery, "cursor" | "limit">) {
  return {
    terms: query.q ? foldName(query.q).split(" ").filter(Boolean).slice(0, 5) : [],
    status: query.status,
    advisorId: query.advisor,
    concern: query.concern,
    personId: query.personId,
    sort: query.sort,
  };
}

/** The cases the list shows with these filters, in its order, at most `limit`: what "all matching" reaches. */
export const listMatchingCases = (
  db: DbOrTx,
  centreId: string,
  query: Omit<CaseListQuery, "cursor" | "limit">,
  limit: number,
) => cases.listCases(db, centreId, { ...caseFilter(query), limit });

const caseSortValue = (sort: CaseListQuery["sort"], row: cases.CaseRow) =>
  sort === "name" ? row.sort_name : row.opened_on;

export async function listCasesPage(db: Db, context: ActorContext, query: CaseListQuery) {
  const { actor } = context;
  const after = decodeCursor(query.cursor, 2);
  const rows = await cases.listCases(db, actor.centreId, {
    ...caseFilter(query),
    after,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [caseSortValue(query.sort, row), row.id]);
  await context.recordRead({
    action: "case.list",
    entity: "case",
    entityId: null,
    details: { query: { ...query, cursor: undefined }, returned: page.items.length },
    personIds: page.items.map((row) => row.person_id),
  });
  return { items: page.items.map(toCase), nextCursor: page.nextCursor };
}

const EXPORT_PAGE = 500;

/**
 * Every case the list shows with these filters, for a CSV/XLSX export: read page by page, refused (422) beyond
 * `MAX_LIST_EXPORT_ROWS`; the disclosure gate commits one audit entry naming every exported person before the file leaves.
 */
export async function exportCaseList(
  db: Db,
  context: ActorContext,
  query: Omit<CaseListExportQuery, "format">,
  format: ListExportFormat,
) {
  const { actor } = context;
  const filter = caseFilter(query);
  const rows: cases.CaseRow[] = [];
  let after: [string, string] | undefined;
  for (;;) {
    const page = await cases.listCases(db, actor.centreId, { ...filter, after, limit: EXPORT_PAGE });
    rows.push(...page);
    if (rows.length > MAX_LIST_EXPORT_ROWS) throw tooManyRows(MAX_LIST_EXPORT_ROWS);
    const last = page.at(-1);
    if (page.length < EXPORT_PAGE || !last) break;
    after = [caseSortValue(query.sort, last), last.id];
  }
  return disclosedCases(context, rows, { query, format, returned: rows.length });
}

async function disclosedCases(
  context: ActorContext,
  rows: cases.CaseRow[],
  details: Record<string, unknown>,
) {
  const disclosure = await disclose(context, "list_export", {
    action: "case.list.export",
    entity: "case",
    entityId: null,
    details,
    personIds: [...new Set(rows.map((row) => row.person_id))],
  });
  return { items: rows.map(toCase), disclosure };
}

/** The advisor's open cases without activity since a day (the advisor's home). */
export async function staleCasesOf(
  db: Db,
  centreId: string,
  advisorId: string,
  since: string,
  limit: number,
) {
  return (await cases.listStaleCasesOf(db, centreId, advisorId, since, limit)).map(toCase);
}

// The data other modules read and write through this module (its repository is private to it).
export const findCase: typeof cases.findCase = (...args) => cases.findCase(...args);
export const findOpenCaseOfPerson: typeof cases.findOpenCaseOfPerson = (...args) =>
  cases.findOpenCaseOfPerson(...args);
export const listActivities: typeof cases.listActivities = (...args) => cases.listActivities(...args);
export const listCases: typeof cases.listCases = (...args) => cases.listCases(...args);
export const updateCaseIfVersion: typeof cases.updateCaseIfVersion = (...args) =>
  cases.updateCaseIfVersion(...args);
const newestFirst = (a: cases.CaseRow, b: cases.CaseRow) =>
  a.opened_on > b.opened_on ? -1 : a.opened_on < b.opened_on ? 1 : a.id > b.id ? -1 : 1;

/** The cases chosen in the list (bulk export), newest first as the list shows them; ids of no case of the centre are left out. */
export async function exportCaseSelection(
  db: Db,
  context: ActorContext,
  ids: readonly string[],
  format: ListExportFormat,
) {
  const rows = (await cases.findCases(db, context.actor.centreId, [...new Set(ids)])).sort(newestFirst);
  return disclosedCases(context, rows, {
    selection: "ids",
    requested: ids.length,
    format,
    returned: rows.length,
  });
}
