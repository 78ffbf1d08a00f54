import type { ActorContext } from "../../app-env.ts";
import "#shared/api/server-issue-messages.ts";
import { say } from "#shared/api/issue-messages.ts";
import { caseTransitions } from "#shared/reference/cases.ts";
import {
  type BulkRefusal,
  type BulkSummary,
  type CaseBulk,
  type CaseBulkChange,
  MAX_BULK_IDS,
  type PersonBulk,
} from "#shared/schemas/bulk.ts";
import type { Case } from "#shared/schemas/case.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { fieldError, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import * as persons from "../persons/persons.service.ts";
import { listMatchingPersons } from "../persons/persons.service.ts";
import * as tasks from "../tasks/tasks.service.ts";
import { assertAssignee, newTaskRow } from "../tasks/tasks.service.ts";
import { toCase } from "./case-mapping.ts";
import * as cases from "./cases.repository.ts";
import { assertCaseworker, listMatchingCases, syncOpenCase } from "./cases.service.ts";

/** A chosen row (person or case, as the list names it) and the open case the action changes, or why not. */
type Target = { id: string; reached: Case | BulkRefusal };
type Outcome = "changed" | "unchanged" | BulkRefusal;
type Selection = { list: "persons" | "cases"; ids: string[] | undefined; filter: unknown };

const auditOf = {
  assign_advisor: { action: "case.bulk_assign", entity: "case" },
  add_task: { action: "task.bulk_create", entity: "task" },
  close: { action: "case.bulk_close", entity: "case" },
} as const;

const distinct = (ids: readonly string[]) => [...new Set(ids)];

/** "All matching" reaches at most `MAX_BULK_IDS` rows; more are refused as a whole, naming the filter. */
function capped<R>(rows: R[]): R[] {
  if (rows.length > MAX_BULK_IDS) throw fieldError("filter", say("bulk_too_many", { count: MAX_BULK_IDS }));
  return rows;
}

async function checkParameters(db: DbOrTx, context: ActorContext, change: CaseBulkChange) {
  const { actor } = context;
  if (change.action === "assign_advisor") await assertCaseworker(db, actor.centreId, change.advisorId);
  if (change.action === "add_task") await assertAssignee(db, actor.centreId, change.assigneeId ?? actor.id);
}

async function updateOrStale(db: DbOrTx, centreId: string, current: Case, changes: Partial<cases.CaseRow>) {
  const updated = await cases.updateCaseIfVersion(db, centreId, current.id, current.version, {
    ...changes,
    updated_at: nowIso(),
  });
  // Another writer came first: the whole bulk action is refused (409), nothing of it stays.
  if (!updated) throw staleVersion(current);
}

/** The same rules as the single-record routes (`PATCH /cases/:id`, `POST /tasks`, `/transitions`). */
async function changeCase(db: DbOrTx, context: ActorContext, change: CaseBulkChange, current: Case) {
  const { actor } = context;
  if (current.status === "closed") return "case_closed";
  if (change.action === "assign_advisor") {
    if (current.advisorId === change.advisorId) return "unchanged";
    await updateOrStale(db, actor.centreId, current, { advisor_id: change.advisorId });
  } else if (change.action === "add_task") {
    const assigneeId = change.assigneeId ?? actor.id;
    const row = { id: current.id, person_id: current.personId };
    await tasks.insertTask(
      centreScope(db, actor.centreId),
      newTaskRow(actor, newId(), row, { ...change, assigneeId }),
    );
    return "changed";
  } else {
    if (!caseTransitions[current.status].includes("closed")) return "transition_not_allowed";
    const closedOn = change.closedOn ?? todayInBerlin();
    if (closedOn < current.openedOn) return "closed_before_opened";
    await updateOrStale(db, actor.centreId, current, {
      status: "closed",
      outcome: change.outcome,
      closed_on: closedOn,
    });
  }
  await syncOpenCase(db, actor.centreId, current.id);
  return "changed";
}

async function applyToTargets(
  db: DbOrTx,
  context: ActorContext,
  change: CaseBulkChange,
  targets: Target[],
  selection: Selection,
): Promise<BulkSummary> {
  const summary: BulkSummary = {
    action: change.action,
    requested: targets.length,
    changed: [],
    unchanged: [],
    refused: [],
  };
  const changedCases: Case[] = [];
  for (const { id, reached } of targets) {
    const outcome: Outcome =
      typeof reached === "string" ? reached : await changeCase(db, context, change, reached);
    if (outcome === "changed" && typeof reached !== "string") changedCases.push(reached);
    if (outcome === "changed") summary.changed.push(id);
    else if (outcome === "unchanged") summary.unchanged.push(id);
    else summary.refused.push({ id, reason: outcome });
  }
  await recordAudit(db, context, {
    ...auditOf[change.action],
    entityId: null,
    details: {
      list: selection.list,
      selection: selection.ids ? "ids" : "filter",
      ...(selection.filter !== undefined && { filter: selection.filter }),
      // The task's title is free text: it stays with the tasks, not in the log.
      parameters: { ...change, title: undefined },
      changed: summary.changed,
      caseIds: changedCases.map((each) => each.id),
      unchanged: summary.unchanged,
      refused: summary.refused,
    },
    personIds: distinct(changedCases.map((each) => each.personId)),
  });
  return summary;
}

/** Cases of anonymised persons are refused as such: nothing new is recorded about an erased person. */
async function reachedCases(db: DbOrTx, centreId: string, rows: cases.CaseRow[]) {
  const owners = await persons.findPersons(db, centreId, distinct(rows.map((row) => row.person_id)));
  const anonymised = new Set(owners.filter((row) => row.anonymised_at).map((row) => row.id));
  return new Map<string, Case | BulkRefusal>(
    rows.map((row) => [row.id, anonymised.has(row.person_id) ? "person_anonymised" : toCase(row)]),
  );
}

/** `POST /api/cases/bulk`: one transaction; each chosen case changed, already as asked, or refused with why. */
export async function bulkCases(db: Db, context: ActorContext, input: CaseBulk): Promise<BulkSummary> {
  const { ids, filter, ...change } = input;
  const { centreId } = context.actor;
  return db.transaction().execute(async (trx) => {
    await checkParameters(trx, context, change);
    const rows = ids
      ? await cases.findCases(trx, centreId, distinct(ids))
      : capped(await listMatchingCases(trx, centreId, filter ?? { sort: "-opened" }, MAX_BULK_IDS + 1));
    const reached = await reachedCases(trx, centreId, rows);
    const requested = ids ? distinct(ids) : rows.map((row) => row.id);
    const targets = requested.map((id) => ({ id, reached: reached.get(id) ?? ("not_found" as const) }));
    return applyToTargets(trx, context, change, targets, { list: "cases", ids, filter });
  });
}

/** `POST /api/persons/bulk`: the same, on each chosen person's open case. */
export async function bulkPersons(db: Db, context: ActorContext, input: PersonBulk): Promise<BulkSummary> {
  const { ids, filter, ...change } = input;
  const { centreId } = context.actor;
  return db.transaction().execute(async (trx) => {
    await checkParameters(trx, context, change);
    const rows = ids
      ? await persons.findPersons(trx, centreId, distinct(ids))
      : capped(await listMatchingPersons(trx, centreId, filter ?? { sort: "name" }, MAX_BULK_IDS + 1));
    const openCaseIds = rows.flatMap((row) => (row.open_case_id ? [row.open_case_id] : []));
    const openCases = new Map(
      (await cases.findCases(trx, centreId, openCaseIds)).map((row) => [row.id, toCase(row)]),
    );
    const reachedOf = (row: persons.PersonRow): Case | BulkRefusal =>
      row.anonymised_at
        ? "person_anonymised"
        : (row.open_case_id && openCases.get(row.open_case_id)) || "no_open_case";
    const byId = new Map(rows.map((row) => [row.id, reachedOf(row)]));
    const requested = ids ? distinct(ids) : rows.map((row) => row.id);
    const targets = requested.map((id) => ({ id, reached: byId.get(id) ?? ("not_found" as const) }));
    return applyToTargets(trx, context, change, targets, { list: "persons", ids, filter });
  });
}
