import { beforeAll, describe, expect, it } from "vitest";
import { AuditPageSchema } from "../../shared/schemas/audit.ts";
import { addDays, todayInBerlin } from "../../shared/time/calendar.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, clientFor, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let admin: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  await clientFor(app).post("/api/auth/login", {
    email: cast.own.manager.email,
    password: "falsch-falsch-falsch",
  });
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
});

describe("audit log", () => {
  it("shows the admin the own centre's sign-ins, failures included, newest first, and nothing of other centres", async () => {
    const page = AuditPageSchema.parse(await (await admin.get("/api/audit?limit=100")).json());
    const entries = page.items.map((entry) => [entry.action, entry.entityId]);
    expect(entries).toContainEqual(["auth.login", cast.own.advisor.id]);
    expect(entries).toContainEqual(["auth.login_failed", cast.own.manager.id]);
    expect(entries).not.toContainEqual(["auth.login", cast.other.advisor.id]);
    expect(page.items.every((entry) => entry.centreId === cast.own.centre.id)).toBe(true);
    const times = page.items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(page.items[0]?.requestId).toMatch(/^[\w-]{8,}$/);
    const signIn = page.items.find(
      (entry) => entry.action === "auth.login" && entry.entityId === cast.own.advisor.id,
    );
    expect(signIn).toMatchObject({ userId: cast.own.advisor.id, userEmail: cast.own.advisor.email });
    const failure = page.items.find((entry) => entry.action === "auth.login_failed");
    expect(failure).toMatchObject({ userId: cast.own.manager.id, userEmail: cast.own.manager.email });
  });

  it("filters by action, user and day, and pages with a cursor", async () => {
    const failed = AuditPageSchema.parse(
      await (await admin.get("/api/audit?action=auth.login_failed")).json(),
    );
    expect(failed.items.map((entry) => entry.entityId)).toEqual([cast.own.manager.id]);
    const byUser = AuditPageSchema.parse(
      await (await admin.get(`/api/audit?userId=${cast.own.advisor.id}`)).json(),
    );
    expect(byUser.items.every((entry) => entry.userId === cast.own.advisor.id)).toBe(true);
    const tomorrow = addDays(todayInBerlin(), 2);
    const future = AuditPageSchema.parse(await (await admin.get(`/api/audit?from=${tomorrow}`)).json());
    expect(future.items).toEqual([]);
    const first = AuditPageSchema.parse(await (await admin.get("/api/audit?limit=1")).json());
    const second = AuditPageSchema.parse(
      await (await admin.get(`/api/audit?limit=1&cursor=${first.nextCursor}`)).json(),
    );
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect((second.items[0]?.at ?? "") <= (first.items[0]?.at ?? "")).toBe(true);
  });

  it("names the field for a malformed date", async () => {
    const error = await expectError(await admin.get("/api/audit?from=25.11.2026"), 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "from" })]);
  });

  it("is readable only by admins and offers no way to change entries", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    await expectError(await advisor.get("/api/audit"), 403, "forbidden");
    const [entry] = AuditPageSchema.parse(await (await admin.get("/api/audit?limit=1")).json()).items;
    await expectError(await admin.patch(`/api/audit/${entry?.id}`, { action: "x" }), 404, "not_found");
    await expectError(await admin.delete(`/api/audit/${entry?.id}`), 404, "not_found");
    const stored = await db
      .selectFrom("audit_log")
      .select("action")
      .where("id", "=", entry?.id ?? "")
      .executeTakeFirst();
    expect(stored?.action).toBe(entry?.action);
  });
});
