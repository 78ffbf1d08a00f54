import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRASH_KILLS, crashRounds, reportCrash, verifyAcknowledged } from "../setup/crash-workload.ts";
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
});
