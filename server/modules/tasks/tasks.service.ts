import type { Insertable } from "kysely";
import { say } from "#shared/api/issue-messages.ts";
import type { Task, TaskCreate, TaskListQuery, TaskUpdate } from "#shared/schemas/task.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx, TasksTable } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import { caseClosed, fieldError, notFound, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { isActiveCaseworker } from "../users/users.service.ts";
import * as tasks from "./tasks.repository.ts";

export const toTask = (row: tasks.TaskRow): Task => ({
  id: row.id,
  caseId: row.case_id,
  personId: row.person_id,
  personName: `${row.given_names} ${row.family_name}`,
  title: row.title,
  dueOn: row.due_on,
  assigneeId: row.assignee_id,
  assigneeName: row.assignee_name,
  doneAt: row.done_at,
  automatic: row.auto_key !== null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

async function requireTask(db: DbOrTx, centreId: string, id: string): Promise<Task> {
  const row = await tasks.findTask(db, centreId, id);
  if (!row) throw notFound("Aufgabe");
  return toTask(row);
}

/** A task someone added by hand (no `auto_key`), as `POST /api/tasks` and the bulk action write it. */
export function newTaskRow(
  actor: { id: string; centreId: string },
  id: string,
  caseRow: { id: string; person_id: string },
  input: { title: string; dueOn: string; assigneeId: string },
  now = nowIso(),
): Insertable<TasksTable> {
  return {
    id,
    centre_id: actor.centreId,
    case_id: caseRow.id,
    person_id: caseRow.person_id,
    title: input.title,
    due_on: input.dueOn,
    assignee_id: input.assigneeId,
    done_at: null,
    auto_key: null,
    created_by: actor.id,
    created_at: now,
    updated_at: now,
    version: 1,
  };
}

export async function assertAssignee(db: DbOrTx, centreId: string, assigneeId: string) {
  if (!(await isActiveCaseworker(db, centreId, assigneeId))) {
    throw fieldError("assigneeId", say("not_an_active_advisor"));
  }
}

export async function listTasksPage(db: Db, context: ActorContext, query: TaskListQuery) {
  const { actor } = context;
  const after = decodeCursor(query.cursor, 2);
  const rows = await tasks.listTasks(db, actor.centreId, {
    assigneeId: query.assignee === "me" ? actor.id : query.assignee,
    caseId: query.caseId,
    personId: query.personId,
    done: query.done === undefined ? undefined : query.done === "true",
    dueBefore: query.dueBefore,
    after,
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.due_on, row.id]);
  await context.recordRead({
    action: "task.list",
    entity: "task",
    entityId: null,
    details: { query: { ...query, cursor: undefined }, returned: page.items.length },
    personIds: page.items.map((row) => row.person_id),
  });
  return { items: page.items.map(toTask), nextCursor: page.nextCursor };
}

export async function createTask(db: Db, context: ActorContext, input: TaskCreate): Promise<Task> {
  const { actor } = context;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const caseRow = await tasks.findCaseOfTask(trx, actor.centreId, input.caseId);
    if (!caseRow) throw fieldError("caseId", say("unknown_case"));
    if (caseRow.status === "closed") throw caseClosed();
    const assigneeId = input.assigneeId ?? actor.id;
    await assertAssignee(trx, actor.centreId, assigneeId);
    await tasks.insertTask(
      centreScope(trx, actor.centreId),
      newTaskRow(actor, id, caseRow, { ...input, assigneeId }),
    );
    await recordAudit(trx, context, {
      action: "task.create",
      entity: "task",
      entityId: id,
      details: { caseId: input.caseId },
      personIds: [caseRow.person_id],
    });
  });
  return requireTask(db, actor.centreId, id);
}

export async function updateTask(
  db: Db,
  context: ActorContext,
  id: string,
  input: TaskUpdate,
): Promise<Task> {
  const { actor } = context;
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const current = await requireTask(trx, actor.centreId, id);
    if (current.version !== version) throw staleVersion(current);
    if (changes.assigneeId) await assertAssignee(trx, actor.centreId, changes.assigneeId);
    const updated = await tasks.updateTaskIfVersion(trx, actor.centreId, id, version, {
      ...(changes.title && { title: changes.title }),
      ...(changes.dueOn && { due_on: changes.dueOn }),
      ...(changes.assigneeId && { assignee_id: changes.assigneeId }),
      ...(changes.done !== undefined && { done_at: changes.done ? (current.doneAt ?? nowIso()) : null }),
      updated_at: nowIso(),
    });
    // Lost a race (PostgreSQL: the row lock waited for the other writer): answer with its result.
    if (!updated) throw staleVersion(await requireTask(trx, actor.centreId, id));
    const action =
      changes.done === true ? "task.done" : changes.done === false ? "task.reopen" : "task.update";
    await recordAudit(trx, context, {
      action,
      entity: "task",
      entityId: id,
      details: { fields: Object.keys(changes) },
      personIds: [current.personId],
    });
  });
  return requireTask(db, actor.centreId, id);
}

/** The open tasks of an advisor due before a day, earliest first. */
export async function openTasksOf(
  db: Db,
  centreId: string,
  assigneeId: string,
  dueBefore: string,
  limit: number,
) {
  return (await tasks.listTasks(db, centreId, { assigneeId, done: false, dueBefore, limit })).map(toTask);
}

/** Every task about a person (the Art. 15 export). */
export async function tasksOfPerson(db: DbOrTx, centreId: string, personId: string, limit: number) {
  return (await tasks.listTasks(db, centreId, { personId, limit })).map(toTask);
}

/** A reminder another module raises (permit, document, ESF+ result, contact release): one task per key. */
export const raiseAutoTask = (scope: CentreScope, row: Insertable<TasksTable>): Promise<boolean> =>
  tasks.insertTaskUnlessKeyExists(scope, row);

/** Marks the reminder with this key done, once what it asked for happened. */
export const completeAutoTask = (db: DbOrTx, centreId: string, autoKey: string, at: string) =>
  tasks.completeTaskByKey(db, centreId, autoKey, at);

// The data other modules read and write through this module (its repository is private to it).
export const insertTask: typeof tasks.insertTask = (...args) => tasks.insertTask(...args);
