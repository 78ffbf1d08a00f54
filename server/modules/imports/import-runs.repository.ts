import type { Insertable } from "kysely";
import type { CentreScope } from "../../db/centre-scope.ts";
import type { ImportRunsTable } from "./imports.tables.ts";

/** Starts a run; false when the id is taken (the client chose it, decision 0046). */
export async function insertRun(
  scope: CentreScope,
  row: Omit<Insertable<ImportRunsTable>, "centre_id">,
): Promise<boolean> {
  const result = await scope
    .insertInto("import_runs", row)
    .onConflict((conflict) => conflict.column("id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Counts a chunk's rows; called inside the chunk's own transaction, so the count is what is committed. */
export async function addRowsDone(scope: CentreScope, id: string, rows: number) {
  await scope
    .updateTable("import_runs")
    .set((eb) => ({ rows_done: eb("import_runs.rows_done", "+", rows) }))
    .where("import_runs.id", "=", id)
    .execute();
}

export async function finishRun(
  scope: CentreScope,
  id: string,
  status: "done" | "failed",
  finishedAt: string,
): Promise<void> {
  await scope
    .updateTable("import_runs")
    .set({ status, finished_at: finishedAt, ...(status === "failed" && { rows_done: 0 }) })
    .where("import_runs.id", "=", id)
    .execute();
}

const runColumns = [
  "import_runs.id",
  "import_runs.kind",
  "import_runs.format",
  "import_runs.file_name",
  "import_runs.key_field",
  "import_runs.status",
  "import_runs.rows_total",
  "import_runs.rows_done",
  "import_runs.created_count",
  "import_runs.updated_count",
  "import_runs.skipped_count",
  "import_runs.started_at",
  "import_runs.finished_at",
] as const;

export async function findRun(scope: CentreScope, id: string) {
  return scope
    .selectFrom("import_runs")
    .leftJoin("users", (join) =>
      join.onRef("users.id", "=", "import_runs.started_by").on("users.centre_id", "=", scope.centreId),
    )
    .select([...runColumns, "users.name as started_by_name"])
    .where("import_runs.id", "=", id)
    .executeTakeFirst();
}

export async function listRuns(scope: CentreScope, limit: number) {
  return scope
    .selectFrom("import_runs")
    .leftJoin("users", (join) =>
      join.onRef("users.id", "=", "import_runs.started_by").on("users.centre_id", "=", scope.centreId),
    )
    .select([...runColumns, "users.name as started_by_name"])
    .orderBy("import_runs.started_at", "desc")
    .orderBy("import_runs.id", "desc")
    .limit(limit)
    .execute();
}
