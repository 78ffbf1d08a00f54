import { beforeAll, describe, expect, it } from "vitest";
import { proxyTrust } from "#server/lib/client-address.ts";
import { purgeStaleThrottles } from "#server/modules/sessions/throttle.service.ts";
import { createCentre, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { clientFor, expectError } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

// Behind one proxy on this host: its X-Forwarded-For entry is the client address.
const { app, db } = await setupTestApp({ trustProxy: proxyTrust(true) });
let centreId: string;
beforeAll(async () => {
  centreId = (await createCentre(db)).id;
});

const attempt = (email: string, password: string, ip = "203.0.113.7") =>
  clientFor(app).post(
    "/api/auth/login",
    { email, password },
    {
      headers: { "x-forwarded-for": ip },
      peer: "127.0.0.1",
    },
  );

const expire = (keyPrefix: string) =>
  db
    .updateTable("login_throttle")
    .set({ blocked_until: new Date(Date.now() - 1).toISOString() })
    .where("key", "like", `${keyPrefix}%`)
    .execute();

describe("login throttling", () => {
  it("answers 429 with Retry-After before the 10th failure for one account, even for the right password", async () => {
    const user = await createUser(db, { role: "advisor", centreId });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await attempt(user.email, `falsch-${i}-passwort`, `198.51.100.${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
    const blocked = await attempt(user.email, TEST_PASSWORD, "198.51.100.99");
    const error = await expectError(blocked, 429, "too_many_requests");
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(error.message).toMatch(/Zu viele fehlgeschlagene Anmeldeversuche/);
  });

  it("grows the delay with every further failure, and never locks for good", async () => {
    const user = await createUser(db, { role: "advisor", centreId });
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      await expire(`account:${user.email}`);
      const response = await attempt(user.email, "leider-falsch-0000", `192.0.2.${i}`);
      expect(response.status).toBe(401);
      const row = await db
        .selectFrom("login_throttle")
        .selectAll()
        .where("key", "=", `account:${user.email}`)
        .executeTakeFirstOrThrow();
      if (row.blocked_until && Date.parse(row.blocked_until) > Date.now())
        delays.push(Date.parse(row.blocked_until) - Date.now());
    }
    expect(delays.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1] ?? 0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(15 * 60_000);
    await expire(`account:${user.email}`);
    expect((await attempt(user.email, TEST_PASSWORD, "192.0.2.200")).status).toBe(200);
    expect((await attempt(user.email, "wieder-falsch-000", "192.0.2.201")).status).toBe(401);
  });

  it("throttles one address that tries many accounts, and leaves other addresses alone", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await attempt(`unbekannt-${i}@test.example`, "falsch-aber-lang", "203.0.113.50")).status,
      );
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toContain(429);
    const user = await createUser(db, { role: "advisor", centreId });
    expect((await attempt(user.email, TEST_PASSWORD, "203.0.113.51")).status).toBe(200);
  });

  it("keeps its counters in the database, so a second app instance on it sees them", async () => {
    const user = await createUser(db, { role: "advisor", centreId });
    for (let i = 0; i < 5; i++) await attempt(user.email, "falsch-falsch-falsch", `198.18.0.${i}`);
    const rows = await db
      .selectFrom("login_throttle")
      .selectAll()
      .where("key", "=", `account:${user.email}`)
      .execute();
    expect(rows[0]?.failures).toBe(5);
    expect(rows[0]?.blocked_until).not.toBeNull();
  });

  it("forgets counters whose window and block have ended, and keeps running blocks", async () => {
    const old = new Date(Date.now() - 20 * 60_000).toISOString();
    const future = new Date(Date.now() + 60_000).toISOString();
    await db
      .insertInto("login_throttle")
      .values([
        { key: "account:stale@test.example", failures: 3, window_started_at: old, blocked_until: null },
        { key: "account:blocked@test.example", failures: 12, window_started_at: old, blocked_until: future },
      ])
      .execute();
    await purgeStaleThrottles(db);
    const keys = (await db.selectFrom("login_throttle").select("key").execute()).map((row) => row.key);
    expect(keys).not.toContain("account:stale@test.example");
    expect(keys).toContain("account:blocked@test.example");
  });
});
