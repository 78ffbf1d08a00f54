import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import type { ImportKind } from "#shared/schemas/import.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { conflict } from "../../lib/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { addRowsDone, finishRun, insertRun } from "./import-runs.repository.ts";

/** Rows per transaction: each commit stays short, so readers and their audit entries keep committing. */
export const IMPORT_CHUNK = 500;

export type ImportWrites<Create, Update> = {
  creates: readonly Create[];
  updates: readonly Update[];
  idOfCreate: (row: Create) => string;
  idOfUpdate: (row: Update) => string;
  insert: (scope: CentreScope, rows: readonly Create[]) => Promise<void>;
  /** False when the record changed since the dry run (its version moved on). */
  update: (scope: CentreScope, row: Update) => Promise<boolean>;
  remove: (scope: CentreScope, ids: readonly string[]) => Promise<void>;
  restore: (scope: CentreScope, row: Update) => Promise<void>;
};

/** The run row the commit counts its progress in (decision 0046). */
export type ImportRunStart = {
  id: string;
  kind: ImportKind;
  format: string;
  fileName: string;
  key: string;
  skipped: number;
};

class StaleRecord extends Error {}

/**
 * Writes an import that was validated as a whole, in transactions of at most IMPORT_CHUNK rows; the one
 * audit entry (naming every created and updated record) commits with the last of them. Each chunk counts its
 * rows in the run's row (`import_runs`) in its own transaction, so any API instance can read how far the
 * commit has got. Should a chunk fail, the chunks already committed are undone (created rows deleted, updated
 * rows restored) and the run is marked failed, so the user sees all or nothing.
 */
export async function writeInChunks<Create, Update>(
  db: Db,
  context: ActorContext,
  writes: ImportWrites<Create, Update>,
  run: ImportRunStart,
  /** A pause between chunks that only tests set (`IMPORT_TEST_CHUNK_PAUSE_MS` under NODE_ENV=test). */
  options: { chunkPauseMs: number },
  audit: {
    action: string;
    entity: string;
    details: Record<string, unknown>;
    personIds?: string[];
  },
) {
  const { centreId } = context.actor;
  const units = [
    ...writes.creates.map((row) => ({ create: row })),
    ...writes.updates.map((row) => ({ update: row })),
  ];
  const startedAt = new Date().toISOString();
  const inserted = await insertRun(centreScope(db, centreId), {
    id: run.id,
    kind: run.kind,
    format: run.format,
    file_name: run.fileName.slice(0, 255),
    key_field: run.key,
    status: "writing",
    rows_total: units.length,
    rows_done: 0,
    created_count: writes.creates.length,
    updated_count: writes.updates.length,
    skipped_count: run.skipped,
    started_by: context.actor.id,
    started_at: startedAt,
    finished_at: null,
  });
  if (!inserted)
    throw conflict("import_run_exists", "Ein Import mit dieser Kennung läuft schon oder ist abgeschlossen");
  const done = { created: [] as Create[], updated: [] as Update[] };
  const started = performance.now();
  let longestChunkMs = 0;
  let chunks = 0;
  try {
    for (let start = 0; start < units.length; start += IMPORT_CHUNK) {
      if (start > 0 && options.chunkPauseMs > 0) await sleep(options.chunkPauseMs);
      const chunk = units.slice(start, start + IMPORT_CHUNK);
      const last = start + IMPORT_CHUNK >= units.length;
      const creates = chunk.flatMap((unit) => ("create" in unit ? [unit.create] : []));
      const updates = chunk.flatMap((unit) => ("update" in unit ? [unit.update] : []));
      const chunkStarted = performance.now();
      await centreScope(db, centreId).transaction(async (scope) => {
        if (creates.length > 0) await writes.insert(scope, creates);
        for (const row of updates) if (!(await writes.update(scope, row))) throw new StaleRecord();
        await addRowsDone(scope, run.id, chunk.length);
        if (last) {
          await finishRun(scope, run.id, "done", new Date().toISOString());
          await recordAudit(scope.db, context, {
            action: audit.action,
            entity: audit.entity,
            entityId: run.id,
            details: audit.details,
            ...(audit.personIds && { personIds: audit.personIds }),
          });
        }
      });
      longestChunkMs = Math.max(longestChunkMs, performance.now() - chunkStarted);
      chunks++;
      done.created.push(...creates);
      done.updated.push(...updates);
    }
  } catch (error) {
    await centreScope(db, centreId).transaction(async (scope) => {
      await writes.remove(scope, done.created.map(writes.idOfCreate));
      for (const row of done.updated) await writes.restore(scope, row);
      await finishRun(scope, run.id, "failed", new Date().toISOString());
    });
    if (error instanceof StaleRecord)
      throw conflict(
        "stale_version",
        "Ein Datensatz wurde während des Imports geändert; nichts wurde importiert. Bitte die Datei erneut prüfen.",
      );
    throw error;
  }
  return {
    chunks,
    longestChunkMs: Math.round(longestChunkMs * 10) / 10,
    totalMs: Math.round(performance.now() - started),
  };
}
