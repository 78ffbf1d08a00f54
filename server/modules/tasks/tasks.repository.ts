import type { Insertable, Selectable, Updateable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { DbOrTx, TasksTable } from "../../db/database.ts";
import { keysetAfter } from "../../db/keyset.ts";
import { selectOwned, updateOwned } from "../../db/scoped.ts";

export type TaskRow = Selectable<TasksTable> & {
  family_name: string;
  given_names: string;
  assignee_name: string;
};

const selectTasks = (db: DbOrTx, centreId: string) =>
  selectOwned(db, "tasks", centreId)
    .innerJoin("persons", "persons.id", "tasks.person_id")
    .innerJoin("users as assignee", "assignee.id", "tasks.assignee_id")
    .selectAll("tasks")
    .select(["persons.family_name", "persons.given_names", "assignee.name as assignee_name"]);

export const findTask = (db: DbOrTx, centreId: string, id: string): Promise<TaskRow | undefined> =>
  selectTasks(db, centreId).where("tasks.id", "=", id).executeTakeFirst();

/** The case a new task attaches to: a read of the row the task references. */
export const findCaseOfTask = (db: DbOrTx, centreId: string, caseId: string) =>
  selectOwned(db, "cases", centreId)
    .select(["cases.id", "cases.person_id", "cases.status"])
    .where("cases.id", "=", caseId)
    .executeTakeFirst();

export async function insertTask(scope: CentreScope, row: Insertable<TasksTable>): Promise<void> {
  await scope.insertInto("tasks", row).execute();
}

export async function updateTaskIfVersion(
  db: DbOrTx,
  centreId: string,
  id: string,
  version: number,
  changes: Updateable<TasksTable>,
): Promise<boolean> {
  const result = await updateOwned(db, "tasks", centreId)
    .set({ ...changes, version: version + 1 })
    .where("tasks.id", "=", id)
    .where("tasks.version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type TaskFilter = {
  assigneeId?: string | undefined;
  caseId?: string | undefined;
  personId?: string | undefined;
  done?: boolean | undefined;
  dueBefore?: string | undefined;
  dueFrom?: string | undefined;
  after?: (string | number)[] | undefined;
  limit: number;
};

export async function listTasks(db: DbOrTx, centreId: string, filter: TaskFilter): Promise<TaskRow[]> {
  let query = selectTasks(db, centreId);
  if (filter.assigneeId) query = query.where("tasks.assignee_id", "=", filter.assigneeId);
  if (filter.caseId) query = query.where("tasks.case_id", "=", filter.caseId);
  if (filter.personId) query = query.where("tasks.person_id", "=", filter.personId);
  if (filter.done === true) query = query.where("tasks.done_at", "is not", null);
  if (filter.done === false) query = query.where("tasks.done_at", "is", null);
  if (filter.dueBefore) query = query.where("tasks.due_on", "<", filter.dueBefore);
  if (filter.dueFrom) query = query.where("tasks.due_on", ">=", filter.dueFrom);
  if (filter.after) query = query.where(keysetAfter("tasks.due_on", "tasks.id", "asc", filter.after));
  return query.orderBy("tasks.due_on").orderBy("tasks.id").limit(filter.limit).execute();
}

/** Automatic tasks carry a unique key, so a second insert for the same occasion is a no-op. */
export async function insertTaskUnlessKeyExists(
  scope: CentreScope,
  row: Insertable<TasksTable>,
): Promise<boolean> {
  const result = await scope
    .insertInto("tasks", row)
    .onConflict((oc) => oc.column("auto_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Marks an automatic task done, if it exists and is still open. */
export async function completeTaskByKey(db: DbOrTx, centreId: string, autoKey: string, at: string) {
  await updateOwned(db, "tasks", centreId)
    .set((eb) => ({ done_at: at, updated_at: at, version: eb("tasks.version", "+", 1) }))
    .where("tasks.auto_key", "=", autoKey)
    .where("tasks.done_at", "is", null)
    .execute();
}
