import type { ImportRun } from "#shared/schemas/import.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { findRun, listRuns } from "./import-runs.repository.ts";

/** The history shows the latest imports; older ones stay in the audit log. */
export const IMPORT_HISTORY_LIMIT = 20;

type RunRow = NonNullable<Awaited<ReturnType<typeof findRun>>>;

const toRun = (row: RunRow): ImportRun => ({
  id: row.id,
  kind: row.kind as ImportRun["kind"],
  format: row.format as ImportRun["format"],
  fileName: row.file_name,
  key: row.key_field,
  status: row.status as ImportRun["status"],
  rowsTotal: Number(row.rows_total),
  rowsDone: Number(row.rows_done),
  counts: {
    create: Number(row.created_count),
    update: Number(row.updated_count),
    skip: Number(row.skipped_count),
  },
  startedBy: row.started_by_name ?? null,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
});

/** `GET /api/imports/:id`: how far a commit has got (rows written of all), read from the database. */
export async function getImportRun(db: Db, context: ActorContext, id: string): Promise<ImportRun> {
  const row = await findRun(centreScope(db, context.actor.centreId), id);
  if (!row) throw notFound("Import");
  return toRun(row);
}

/** `GET /api/imports`: the centre's latest imports, newest first (counts and file names, no person's data). */
export async function listImportRuns(db: Db, context: ActorContext): Promise<ImportRun[]> {
  const rows = await listRuns(centreScope(db, context.actor.centreId), IMPORT_HISTORY_LIMIT);
  return rows.map(toRun);
}
