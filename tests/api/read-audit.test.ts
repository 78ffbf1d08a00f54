import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../server/app.ts";
import { createLogger } from "../../server/lib/logger.ts";
import { createReadAuditLog } from "../../server/modules/audit/read-audit.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp, testConfig } from "../setup/test-app.ts";

const { db, database } = await setupTestApp();
const readAudit = createReadAuditLog(db, { flushAfterMs: 60_000, logger: createLogger("silent") });
const app = createApp({
  db,
  dialect: database.dialect,
  config: testConfig(),
  logger: createLogger("silent"),
  readAudit,
});
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
beforeAll(async () => {
  cast = await createTwoCentres(db);
});

const readsOf = (personId: string) =>
  db
    .selectFrom("audit_log")
    .select(["action", "user_id", "request_id"])
    .where("entity_id", "=", personId)
    .where("action", "=", "person.read")
    .execute();

describe("batched audit of reads", () => {
  it("writes every read with its user and request id once the batch is flushed", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const requestIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await advisor.get(`/api/persons/${person.id}`);
      expect(response.status).toBe(200);
      requestIds.push(response.headers.get("x-request-id") ?? "");
    }
    await readAudit.flush();
    const entries = await readsOf(person.id);
    expect(entries.map((entry) => entry.request_id).sort()).toEqual([...requestIds].sort());
    expect(entries.every((entry) => entry.user_id === cast.own.advisor.id)).toBe(true);
  });

  it("writes a full batch without waiting for the timer", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    for (let i = 0; i < 500; i++) await advisor.get(`/api/persons/${person.id}`);
    // The timer is a minute away: only the full batch can write these within the deadline.
    await vi.waitUntil(async () => (await readsOf(person.id)).length >= 500, {
      timeout: 10_000,
      interval: 20,
    });
    expect(await readsOf(person.id)).toHaveLength(500);
  });
});
