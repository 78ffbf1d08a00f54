import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseHandle } from "#server/db/connect.ts";
import type { Db } from "#server/db/database.ts";
import { runDailyRetention } from "#server/jobs/daily-jobs.ts";
import { runJobOnce } from "#server/jobs/job-runner.ts";
import { findRun } from "#server/jobs/job-runs.repository.ts";
import { RETENTION_JOB } from "#server/modules/retention/retention-job.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createCentre } from "../factories/index.ts";
import { createPersonDueIn } from "../factories/retention.ts";
import { type RunningServer, startServerProcess } from "../setup/server-process.ts";
import { setupTestApp } from "../setup/test-app.ts";

const onPostgres = process.env.TEST_DB === "postgres";
const { db, database } = await setupTestApp();
const today = todayInBerlin();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the job left behind for these persons: anonymisation records and audit entries, per person. */
async function traces(personIds: string[]) {
  const records = await db
    .selectFrom("retention_anonymisations")
    .select("person_id")
    .where("person_id", "in", personIds)
    .execute();
  const audits = await db
    .selectFrom("audit_log")
    .select("entity_id")
    .where("action", "=", "person.anonymise")
    .where("entity_id", "in", personIds)
    .execute();
  const names = await db.selectFrom("persons").select("family_name").where("id", "in", personIds).execute();
  return {
    records: records.map((row) => row.person_id).sort(),
    audits: audits.map((row) => row.entity_id).sort(),
    names: [...new Set(names.map((row) => row.family_name))],
  };
}

/** Persons due on `day` or before, in a centre of their own. */
async function duePersons(count: number, day = today) {
  const centre = await createCentre(db);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createPersonDueIn(db, centre.id, -i, { from: day })).id);
  return ids.sort();
}

const runsOf = (runKey: string) =>
  db
    .selectFrom("job_runs")
    .selectAll()
    .where("job", "=", RETENTION_JOB)
    .where("run_key", "=", runKey)
    .execute();

describe("the daily retention job on one instance", () => {
  it("runs once a day: a second start the same day does nothing", async () => {
    const runKey = addDays(today, -400);
    const ids = await duePersons(3, runKey);
    const first = await runDailyRetention({ db, instanceId: "only" }, runKey);
    const second = await runDailyRetention({ db, instanceId: "only" }, runKey);
    expect(first.status).toBe("ran");
    expect(second.status).toBe("skipped");
    expect(await runsOf(runKey)).toMatchObject([{ status: "succeeded", attempts: 1, instance_id: "only" }]);
    expect(await traces(ids)).toEqual({ records: ids, audits: ids, names: ["Anonymisiert"] });
  });

  it("takes over a run whose instance stopped renewing its lease, and leaves a live one alone", async () => {
    const runKey = "lease-test";
    const crashed = await runJobOnce({ db, instanceId: "crashed", leaseMs: 60_000 }, "lease", runKey, () =>
      Promise.reject(new Error("stop")),
    );
    expect(crashed.status).toBe("failed");
    await db
      .updateTable("job_runs")
      .set({ status: "running", lease_until: "2000-01-01T00:00:00.000Z" })
      .where("job", "=", "lease")
      .execute();
    const retried = await runJobOnce(
      { db, instanceId: "heir", leaseMs: 60_000 },
      "lease",
      runKey,
      async () => ({
        done: 1,
      }),
    );
    expect(retried.status).toBe("ran");
    expect(await findRun(db, "lease", runKey)).toMatchObject({
      status: "succeeded",
      attempts: 2,
      instance_id: "heir",
      outcome: JSON.stringify({ done: 1 }),
    });

    let ran = false;
    const live = await runJobOnce(
      { db, instanceId: "live", leaseMs: 60_000 },
      "lease-live",
      runKey,
      async () => {
        const other = await runJobOnce({ db, instanceId: "other" }, "lease-live", runKey, async () => {
          ran = true;
          return {};
        });
        return { otherSkipped: other.status === "skipped" ? 1 : 0 };
      },
    );
    expect(live).toMatchObject({ status: "ran", outcome: { otherSkipped: 1 } });
    expect(ran).toBe(false);
  });

  it("gives up on a run after it failed three times", async () => {
    const fail = () => Promise.reject(new Error("kaputt"));
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push((await runJobOnce({ db, instanceId: `try${i}` }, "flaky", "x", fail)).status);
    expect(results).toEqual(["failed", "failed", "failed", "skipped"]);
    expect(await findRun(db, "flaky", "x")).toMatchObject({ status: "failed", attempts: 3, error: "kaputt" });
  });
});

describe.runIf(onPostgres)("the daily retention job on two instances of one PostgreSQL", () => {
  const handles: DatabaseHandle[] = [];
  const servers: RunningServer[] = [];
  const instance = (): Db => {
    const handle = connectDatabase({ databaseUrl: database.url ?? "", poolSize: 3 });
    handles.push(handle);
    return handle.db;
  };
  beforeAll(() => expect(database.url).toMatch(/^postgres/));
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await Promise.all(handles.map((handle) => handle.close()));
  });

  it("runs once when both instances start it at the same moment, round after round", async () => {
    const [first, second] = [instance(), instance()];
    for (let round = 0; round < 5; round++) {
      const runKey = addDays(today, -300 - round);
      const ids = await duePersons(2, runKey);
      const results = await Promise.all([
        runDailyRetention({ db: first, instanceId: "a" }, runKey),
        runDailyRetention({ db: second, instanceId: "b" }, runKey),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual(["ran", "skipped"]);
      expect(await runsOf(runKey)).toHaveLength(1);
      expect(await traces(ids)).toEqual({ records: ids, audits: ids, names: ["Anonymisiert"] });
    }
  });

  it("runs once across two server processes started with the daily jobs on", async () => {
    const ids = await duePersons(3);
    const env = {
      NODE_ENV: "production",
      SESSION_SECRET: "a-production-secret-of-at-least-32-chars",
      DATABASE_URL: database.url ?? "",
      JOBS_ENABLED: "true",
      JOBS_DAILY_AT: "00:00",
    };
    servers.push(
      ...(await Promise.all([
        startServerProcess(env, ["--api-only"]),
        startServerProcess(env, ["--api-only"]),
      ])),
    );
    const deadline = Date.now() + 30_000;
    while ((await findRun(db, RETENTION_JOB, today))?.status !== "succeeded" && Date.now() < deadline)
      await sleep(100);
    const runs = await runsOf(today);
    expect(runs).toMatchObject([{ status: "succeeded", attempts: 1 }]);
    expect(JSON.parse(runs[0]?.outcome ?? "{}")).toMatchObject({ anonymised: 3 });
    expect(await traces(ids)).toEqual({ records: ids, audits: ids, names: ["Anonymisiert"] });
  }, 60_000);
});
