import { InsertQueryNode, type KyselyPlugin } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "#server/app.ts";
import type { ReadAuditLog } from "#server/app-env.ts";
import { createLogger } from "#server/lib/logger.ts";
import { createReadAuditLog } from "#server/modules/audit/read-audit.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { signIn } from "../setup/http.ts";
import { setupTestApp, testConfig } from "../setup/test-app.ts";

const { db, database } = await setupTestApp();
const appWith = (readAudit: ReadAuditLog) =>
  createApp({
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

const entryOf = (requestId: string) =>
  db
    .selectFrom("audit_log")
    .select(["id", "action", "user_id", "entity_id"])
    .where("request_id", "=", requestId)
    .executeTakeFirst();
const personsNamedBy = async (requestId: string) =>
  (
    await db
      .selectFrom("audit_persons")
      .innerJoin("audit_log", "audit_log.id", "audit_persons.audit_id")
      .select("audit_persons.person_id")
      .where("audit_log.request_id", "=", requestId)
      .execute()
  )
    .map((row) => row.person_id)
    .sort();

/** Settles within `ms`? A read that waits for its audit group must not. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.finally(() => {
    settled = true;
  });
  const deadline = Date.now() + ms;
  while (!settled && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  return settled;
}

describe("audit of reads, committed before the answer", () => {
  it("holds the answer until the read's entry is committed", async () => {
    const readAudit = createReadAuditLog(db, { groupWindowMs: 60_000, logger: createLogger("silent") });
    const advisor = await signIn(appWith(readAudit), cast.own.advisor.email, TEST_PASSWORD);
    const person = await createPerson(db, cast.own.centre.id);
    const requestId = `held-${person.id}`;
    const answer = Promise.resolve(
      advisor.get(`/api/persons/${person.id}`, { headers: { "X-Request-Id": requestId } }),
    );
    expect(await settlesWithin(answer, 300)).toBe(false);
    expect(await entryOf(requestId)).toBeUndefined();
    await readAudit.flush();
    expect((await answer).status).toBe(200);
    expect(await entryOf(requestId)).toMatchObject({
      action: "person.read",
      user_id: cast.own.advisor.id,
      entity_id: person.id,
    });
  });

  it("commits reads that arrive together in shared groups, each entry there when its answer arrives", async () => {
    const readAudit = createReadAuditLog(db, { groupWindowMs: 0, logger: createLogger("silent") });
    const advisor = await signIn(appWith(readAudit), cast.own.advisor.email, TEST_PASSWORD);
    const person = await createPerson(db, cast.own.centre.id);
    const reads = Array.from({ length: 20 }, async (_, i) => {
      const requestId = `group-${person.id}-${i}`;
      const response = await advisor.get(`/api/persons/${person.id}`, {
        headers: { "X-Request-Id": requestId },
      });
      expect(response.status).toBe(200);
      return entryOf(requestId);
    });
    const entries = await Promise.all(reads);
    expect(entries.every((entry) => entry?.action === "person.read")).toBe(true);
  });

  it("answers with an error and no person data when the entry cannot be written", async () => {
    const refuseAudit: KyselyPlugin = {
      transformQuery: (args) => {
        if (InsertQueryNode.is(args.node) && args.node.into?.table.identifier.name === "audit_log")
          throw new Error("audit storage unavailable");
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const readAudit = createReadAuditLog(db.withPlugin(refuseAudit), {
      groupWindowMs: 0,
      logger: createLogger("silent"),
    });
    const advisor = await signIn(appWith(readAudit), cast.own.advisor.email, TEST_PASSWORD);
    const person = await createPerson(db, cast.own.centre.id, { familyName: "Unprotokolliert" });
    const response = await advisor.get(`/api/persons/${person.id}`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("Unprotokolliert");
  });

  it("names every person a list showed", async () => {
    const readAudit = createReadAuditLog(db, { groupWindowMs: 0, logger: createLogger("silent") });
    const advisor = await signIn(appWith(readAudit), cast.own.advisor.email, TEST_PASSWORD);
    const shown = [
      await createPerson(db, cast.own.centre.id, { familyName: "Listenname" }),
      await createPerson(db, cast.own.centre.id, { familyName: "Listenname" }),
    ];
    const requestId = `list-${shown[0]?.id}`;
    const response = await advisor.get("/api/persons?q=Listenname", {
      headers: { "X-Request-Id": requestId },
    });
    const body = (await response.json()) as { items: { id: string }[] };
    expect(body.items.map((item) => item.id).sort()).toEqual(shown.map((person) => person.id).sort());
    expect(await personsNamedBy(requestId)).toEqual(shown.map((person) => person.id).sort());
  });
});
