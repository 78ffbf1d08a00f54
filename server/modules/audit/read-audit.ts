import type { RequestContext } from "../../app-env.ts";
import type { AuditLogTable, Db } from "../../db/database.ts";
import type { Logger } from "../../lib/logger.ts";
import { appendAudit, appendAuditBatch } from "./audit.repository.ts";
import { type AuditEvent, auditRow } from "./audit.service.ts";

export type ReadAuditLog = {
  record: (context: RequestContext, event: AuditEvent) => Promise<void>;
  flush: () => Promise<void>;
};

const MAX_BATCH = 500;

/**
 * Reads of person data are audited like changes, but a read has no transaction to join. With
 * `flushAfterMs > 0` their entries are collected and written together at most that much later (and on
 * shutdown), which turns one write per page view into one per batch. With 0 each is written at once.
 */
export function createReadAuditLog(db: Db, options: { flushAfterMs: number; logger: Logger }): ReadAuditLog {
  let pending: AuditLogTable[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const rows = pending;
    pending = [];
    if (rows.length > 0) {
      writing = writing
        .then(() => appendAuditBatch(db, rows))
        .catch((error: unknown) =>
          options.logger.error("audit write failed", { error: String(error), entries: rows.length }),
        );
    }
    return writing;
  };

  return {
    record: async (context, event) => {
      const row = auditRow(context, event);
      if (options.flushAfterMs <= 0) {
        await appendAudit(db, row);
        return;
      }
      pending.push(row);
      if (pending.length >= MAX_BATCH) void flush();
      else timer ??= setTimeout(() => void flush(), options.flushAfterMs);
    },
    flush,
  };
}
