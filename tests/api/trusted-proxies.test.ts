import { beforeAll, describe, expect, it } from "vitest";
import { proxyTrust } from "#server/lib/client-address.ts";
import { createCentre, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { clientFor, expectError } from "../setup/http.ts";
import { buildApp, setupTestApp } from "../setup/test-app.ts";

/** The app behind one reverse proxy on this host (TRUST_PROXY=true); the proxy appends the client address. */
const { app, db, database } = await setupTestApp({ trustProxy: proxyTrust(true) });
const direct = buildApp(database);
const chained = buildApp(database, { trustProxy: proxyTrust(true, "10.0.0.0/8, 2001:db8:a::/48") });
const PROXY = "127.0.0.1";

let centreId: string;
beforeAll(async () => {
  centreId = (await createCentre(db)).id;
});

const signInVia = (target: typeof app, email: string, password: string, forwardedFor: string, peer = PROXY) =>
  clientFor(target).post(
    "/api/auth/login",
    { email, password },
    { headers: { "x-forwarded-for": forwardedFor }, peer },
  );

const auditedAddresses = async (email: string) =>
  (
    await db
      .selectFrom("audit_log")
      .select(["ip", "action"])
      .where("user_email", "=", email)
      .orderBy("at")
      .orderBy("id")
      .execute()
  ).map((row) => `${row.action} ${row.ip}`);

describe("the client address behind a trusted proxy", () => {
  it("throttles one real address that rotates a spoofed first X-Forwarded-For entry", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const spoofed = `1.2.3.${i}`;
      const response = await signInVia(
        app,
        `rotiert-${i}@test.example`,
        "falsch-aber-lang",
        `${spoofed}, 203.0.113.60`,
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual([429, 429]);
    const user = await createUser(db, { role: "advisor", centreId });
    const blocked = await signInVia(app, user.email, TEST_PASSWORD, "1.2.3.200, 203.0.113.60");
    await expectError(blocked, 429, "too_many_requests");
    const other = await signInVia(app, user.email, TEST_PASSWORD, "1.2.3.200, 203.0.113.61");
    expect(other.status).toBe(200);
  });

  it("records the real client address, not the spoofed one, in the audit log and on the session", async () => {
    const user = await createUser(db, { role: "advisor", centreId });
    expect((await signInVia(app, user.email, "ganz-falsches-passwort", "1.2.3.4, 203.0.113.70")).status).toBe(
      401,
    );
    expect((await signInVia(app, user.email, TEST_PASSWORD, "1.2.3.4, 203.0.113.71")).status).toBe(200);
    expect(await auditedAddresses(user.email)).toEqual([
      "auth.login_failed 203.0.113.70",
      "auth.login 203.0.113.71",
    ]);
    const session = await db
      .selectFrom("sessions")
      .select("ip")
      .where("user_id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(session.ip).toBe("203.0.113.71");
  });

  it("takes a peer that is no local proxy for the client, whatever it forwards", async () => {
    const user = await createUser(db, { role: "advisor", centreId });
    await signInVia(app, user.email, TEST_PASSWORD, "1.2.3.4", "198.51.100.23");
    expect(await auditedAddresses(user.email)).toEqual(["auth.login 198.51.100.23"]);
  });

  it("ignores X-Forwarded-For without TRUST_PROXY", async () => {
    const user = await createUser(db, { role: "advisor", centreId });
    await signInVia(direct, user.email, TEST_PASSWORD, "1.2.3.4, 203.0.113.72");
    expect(await auditedAddresses(user.email)).toEqual([`auth.login ${PROXY}`]);
  });

  it("walks a chain of listed proxies, IPv6 among them, to the first address outside the list", async () => {
    const user = await createUser(db, { role: "advisor", centreId });
    await signInVia(
      chained,
      user.email,
      TEST_PASSWORD,
      "1.2.3.4, 2001:DB8:B::9, 2001:db8:a::1, 10.0.0.7",
      "10.0.0.2",
    );
    expect(await auditedAddresses(user.email)).toEqual(["auth.login 2001:db8:b::9"]);
  });
});
