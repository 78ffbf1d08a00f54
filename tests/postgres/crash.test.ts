import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
import { createTestDatabase, type TestDatabase } from "../setup/test-database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("crash safety on PostgreSQL", () => {
  it(
    `keeps every acknowledged write through ${CRASH_KILLS} SIGKILLs of the server under concurrent writes`,
    async () => {
      const started = Date.now();
      const run = await crashRounds({ DATABASE_URL: database.url ?? "" }, (acks) =>
        verifyAcknowledged(
          async (text) => (await sql.raw<Record<string, unknown>>(text).execute(database.db)).rows,
          acks,
        ),
      );
      reportCrash("postgres", run, started);
      expect(run.acks.persons.size).toBeGreaterThan(0);
      expect(run.acks.activities.size).toBeGreaterThan(0);
    },
    60_000 + CRASH_KILLS * 15_000,
  );

  it(
    `answers no read whose audit entry is not committed, through ${READ_CRASH_KILLS} SIGKILLs under read load`,
    async () => {
      const started = Date.now();
      const run = await readCrashRounds({ DATABASE_URL: database.url ?? "" }, async (requestIds) => {
        if (requestIds.length === 0) return new Set();
        const rows = await database.db
          .selectFrom("audit_log")
          .select("request_id")
          .where("request_id", "in", requestIds)
          .where("action", "=", "person.read")
          .execute();
        return new Set(rows.map((row) => String(row.request_id)));
      });
      reportReadCrash("postgres", run, started);
      expect(run.kills).toBeGreaterThanOrEqual(READ_CRASH_KILLS);
      expect(run.answered).toBeGreaterThanOrEqual(MIN_ANSWERED_READS);
    },
    120_000 + READ_CRASH_KILLS * 15_000,
  );
});
