import type { ReadAuditLog } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import type { Logger } from "../../lib/logger.ts";
import type { AuditRecord } from "./audit.repository.ts";
import { appendAuditBatch } from "./audit.repository.ts";
import { auditRecord } from "./audit.service.ts";

const MAX_GROUP = 500;

type Waiting = { record: AuditRecord; committed: () => void; failed: (error: unknown) => void };

/**
 * Reads of person data are audited before the answer leaves the server, but a read has no transaction of
 * its own to join. Group commit keeps that cheap: entries that arrive while a group is being written wait and
 * are committed together in the next transaction, and each request answers once its own group committed.
 * `groupWindowMs > 0` lets the first entry of a group wait that long for others (at most `MAX_GROUP` wait).
 */
export function createReadAuditLog(db: Db, options: { groupWindowMs: number; logger: Logger }): ReadAuditLog {
  let waiting: Waiting[] = [];
  let writing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let windowMs = options.groupWindowMs;

  const writeGroup = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const group = waiting.slice(0, MAX_GROUP);
    waiting = waiting.slice(group.length);
    const write = appendAuditBatch(
      db,
      group.map((entry) => entry.record),
    ).then(
      () => {
        for (const entry of group) entry.committed();
      },
      (error: unknown) => {
        options.logger.error("audit write failed", { error: String(error), entries: group.length });
        for (const entry of group) entry.failed(error);
      },
    );
    writing = write.finally(() => {
      writing = null;
      schedule();
    });
    return writing;
  };

  async function flush() {
    while (writing || waiting.length > 0) await (writing ?? writeGroup());
  }

  function schedule() {
    if (writing || waiting.length === 0) return;
    if (windowMs <= 0 || waiting.length >= MAX_GROUP) void writeGroup();
    else timer ??= setTimeout(() => void writeGroup(), windowMs);
  }

  return {
    record: (context, event) =>
      new Promise<void>((committed, failed) => {
        waiting.push({ record: auditRecord(context, event), committed, failed });
        schedule();
      }),
    flush,
    close: () => {
      windowMs = 0;
      return flush();
    },
  };
}
