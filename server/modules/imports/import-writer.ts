import { performance } from "node:perf_hooks";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { conflict } from "../../lib/errors.ts";
import { recordAudit } from "../audit/audit.service.ts";

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

class StaleRecord extends Error {}

/**
 * Writes an import that was validated as a whole, in transactions of at most IMPORT_CHUNK rows; the one
 * audit entry (naming every created and updated record) commits with the last of them. Should a chunk fail,
 * the chunks already committed are undone (created rows deleted, updated rows restored), so the user sees
 * all or nothing.
 */
export async function writeInChunks<Create, Update>(
  db: Db,
  context: ActorContext,
  writes: ImportWrites<Create, Update>,
  audit: {
    action: string;
    entity: string;
    importId: string;
    details: Record<string, unknown>;
    personIds?: string[];
  },
) {
  const { centreId } = context.actor;
  const units = [
    ...writes.creates.map((row) => ({ create: row })),
    ...writes.updates.map((row) => ({ update: row })),
  ];
  const done = { created: [] as Create[], updated: [] as Update[] };
  const started = performance.now();
  let longestChunkMs = 0;
  let chunks = 0;
  try {
    for (let start = 0; start < units.length; start += IMPORT_CHUNK) {
      const chunk = units.slice(start, start + IMPORT_CHUNK);
      const last = start + IMPORT_CHUNK >= units.length;
      const creates = chunk.flatMap((unit) => ("create" in unit ? [unit.create] : []));
      const updates = chunk.flatMap((unit) => ("update" in unit ? [unit.update] : []));
      const chunkStarted = performance.now();
      await centreScope(db, centreId).transaction(async (scope) => {
        if (creates.length > 0) await writes.insert(scope, creates);
        for (const row of updates) if (!(await writes.update(scope, row))) throw new StaleRecord();
        if (last)
          await recordAudit(scope.db, context, {
            action: audit.action,
            entity: audit.entity,
            entityId: audit.importId,
            details: audit.details,
            ...(audit.personIds && { personIds: audit.personIds }),
          });
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
