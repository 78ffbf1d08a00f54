import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  CRASH_KILLS,
  crashRounds,
  MIN_ANSWERED_READS,
  READ_CRASH_KILLS,
  readCrashRounds,
  reportCrash,
  reportReadCrash,
  verifyAcknowledged,
} from "../setup/crash-workload.ts";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-crash-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe("crash safety on SQLite", () => {
  it(
    `keeps every acknowledged write through ${CRASH_KILLS} SIGKILLs under concurrent writes`,
    async () => {
      const started = Date.now();
      const run = await crashRounds({ DATA_DIR: dataDir }, async (acks) => {
        // Opening read-write replays the WAL the killed process left, as the next start would.
        const sqlite = new SqliteDatabase(path.join(dataDir, "ankommen.sqlite"));
        try {
          expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
          expect(sqlite.pragma("foreign_key_check")).toEqual([]);
          return await verifyAcknowledged(
            async (text) => sqlite.prepare(text).all() as Record<string, unknown>[],
            acks,
          );
        } finally {
          sqlite.close();
        }
      });
      reportCrash("sqlite", run, started);
      expect(run.acks.persons.size).toBeGreaterThan(0);
      expect(run.acks.activities.size).toBeGreaterThan(0);
    },
    60_000 + CRASH_KILLS * 15_000,
  );

  it(
    `answers no read whose audit entry is not committed, through ${READ_CRASH_KILLS} SIGKILLs under read load`,
    async () => {
      const started = Date.now();
      const run = await readCrashRounds({ DATA_DIR: dataDir }, async (requestIds) => {
        const sqlite = new SqliteDatabase(path.join(dataDir, "ankommen.sqlite"));
        try {
          const found = sqlite.prepare(
            "select 1 from audit_log where request_id = ? and action = 'person.read'",
          );
          return new Set(requestIds.filter((requestId) => found.get(requestId) !== undefined));
        } finally {
          sqlite.close();
        }
      });
      reportReadCrash("sqlite", run, started);
      expect(run.kills).toBeGreaterThanOrEqual(READ_CRASH_KILLS);
      expect(run.answered).toBeGreaterThanOrEqual(MIN_ANSWERED_READS);
    },
    120_000 + READ_CRASH_KILLS * 15_000,
  );
});
