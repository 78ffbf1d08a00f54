import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "#server/app.ts";
import { createLogger } from "#server/lib/logger.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { clientFor, expectError, signIn } from "../setup/http.ts";
import { apiRoutes, concretePath } from "../setup/routes.ts";
import { buildApp, setupTestApp, testConfig } from "../setup/test-app.ts";

const { app, db, database } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
beforeAll(async () => {
  cast = await createTwoCentres(db);
});

describe("route declarations", () => {
  it("every registered API route declares its permission", () => {
    const routes = apiRoutes(app);
    expect(routes.length).toBeGreaterThanOrEqual(12);
    expect(
      routes.filter((route) => route.access === undefined).map((route) => `${route.method} ${route.path}`),
    ).toEqual([]);
  });
});

describe("authentication", () => {
  it("answers 401 on every protected route without a cookie", async () => {
    const protectedRoutes = apiRoutes(app).filter((route) => route.access !== "public");
    for (const route of protectedRoutes) {
      const response = await app.request(concretePath(route.path), {
        method: route.method,
        headers: { origin: "http://localhost", "content-type": "application/json" },
        ...(route.method !== "GET" && { body: "{}" }),
      });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect((await response.json()).error.code).toBe("unauthenticated");
    }
  });
});

describe("roles", () => {
  it.each([
    ["advisor", "GET", "/api/users"],
    ["manager", "GET", "/api/audit"],
    ["employer", "GET", "/api/companies"],
    ["employer", "GET", "/api/centres"],
    ["advisor", "POST", "/api/centres"],
    ["manager", "POST", "/api/users"],
  ] as const)("answers 403 when a %s calls %s %s", async (role, method, path) => {
    const client = await signIn(app, cast.own[role].email, TEST_PASSWORD);
    const response = method === "GET" ? await client.get(path) : await client.post(path, { name: "X" });
    await expectError(response, 403, "forbidden");
  });
});

describe("cross-site requests", () => {
  it("refuses a JSON POST from another origin, or without an origin, with 403", async () => {
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const body = { name: "Welcome Center Evil", district: "lk-hildesheim" };
    await expectError(
      await admin.post("/api/centres", body, { headers: { origin: "https://evil.example" } }),
      403,
      "forbidden",
    );
    await expectError(
      await admin.post("/api/centres", body, { headers: { origin: "null" } }),
      403,
      "forbidden",
    );
    const noOrigin = await app.request("/api/centres", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: admin.cookie ?? "" },
      body: JSON.stringify(body),
    });
    await expectError(noOrigin, 403, "forbidden");
    const centres = await db.selectFrom("centres").select("name").where("name", "=", body.name).execute();
    expect(centres).toEqual([]);
  });

  it("answers 415 to form and text bodies, which browsers may send cross-site without a preflight", async () => {
    for (const contentType of [
      "application/x-www-form-urlencoded",
      "text/plain",
      "multipart/form-data; boundary=x",
    ]) {
      const response = await clientFor(app).post("/api/auth/login", "email=a&password=b", {
        headers: { "content-type": contentType },
      });
      await expectError(response, 415, "unsupported_media_type");
    }
  });
});

describe("bad input", () => {
  it("turns malformed JSON into a 400 envelope", async () => {
    const error = await expectError(
      await clientFor(app).post("/api/auth/login", '{"email":'),
      400,
      "bad_request",
    );
    expect(error.message).toBe("Der Inhalt ist kein gültiges JSON");
  });

  it("never accepts an empty or unrelated body as a valid update", async () => {
    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const path = `/api/users/${cast.own.advisor.id}`;
    await expectError(await admin.patch(path, ""), 400, "bad_request");
    const empty = await expectError(await admin.patch(path, {}), 422, "validation_failed");
    expect(empty.details).toContainEqual(expect.objectContaining({ path: "version" }));
    const onlyVersion = await expectError(await admin.patch(path, { version: 1 }), 422, "validation_failed");
    expect(onlyVersion.details).toEqual([
      { path: "name", code: "nothing_to_change", message: "Nichts zu ändern" },
    ]);
    const extra = await expectError(
      await admin.patch(path, { version: 1, role: "admin" }),
      422,
      "validation_failed",
    );
    expect(extra.details).toContainEqual({
      path: "role",
      code: "unknown_field",
      message: "Unbekanntes Feld",
    });
    const array = await expectError(await admin.patch(path, [1, 2]), 422, "validation_failed");
    expect(array.details).toEqual([expect.objectContaining({ path: "(body)" })]);
  });

  it("answers 413 to a body over the limit, as an envelope", async () => {
    const response = await clientFor(app).post("/api/auth/login", {
      email: "a@b.de",
      password: "x".repeat(1_100_000),
    });
    await expectError(response, 413, "payload_too_large");
  });

  it("answers unknown API paths with a 404 envelope", async () => {
    const error = await expectError(await clientFor(app).get("/api/does-not-exist"), 404, "not_found");
    expect(error.message).toContain("/api/does-not-exist");
    await expectError(await clientFor(app).delete("/api/audit"), 404, "not_found");
  });

  it("answers 500 without a stack trace when the database fails", async () => {
    const broken = buildApp({
      ...database,
      db: database.db.withPlugin({
        transformQuery: () => {
          throw new Error("boom at secret/path.ts:12");
        },
        transformResult: async (args) => args.result,
      }),
    });
    const response = await clientFor(broken).post("/api/auth/login", {
      email: "a@test.example",
      password: "x",
    });
    const error = await expectError(response, 500, "internal");
    expect(JSON.stringify(error)).not.toMatch(/boom|secret|\.ts/);
    expect(error.message).toContain(response.headers.get("x-request-id") ?? "missing");
  });
});

describe("headers", () => {
  it("sends a strict CSP, nosniff, a referrer policy, no-store on the API and a request id", async () => {
    const response = await clientFor(app).get("/api/health");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    expect(response.headers.get("strict-transport-security")).toBeNull();
    const error = await clientFor(app).get("/api/nothing-here");
    expect(error.status).toBe(404);
    expect(error.headers.get("content-security-policy")).toBe(csp);
    expect(error.headers.get("cache-control")).toBe("no-store");
    expect(error.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    const thrown = await clientFor(app).get("/api/users");
    expect(thrown.status).toBe(401);
    expect(thrown.headers.get("content-security-policy")).toBe(csp);
  });

  it("sends the same headers over Node's HTTP server, and a response's own Cache-Control wins", async () => {
    const clientDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-client-"));
    fs.mkdirSync(path.join(clientDir, "assets"));
    fs.writeFileSync(path.join(clientDir, "index.html"), "<!doctype html><title>Ankommen</title>");
    fs.writeFileSync(path.join(clientDir, "assets", "app.js"), "export {};");
    const served = createApp({
      db,
      dialect: database.dialect,
      config: testConfig(),
      logger: createLogger("silent"),
      clientDir,
    });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: served.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const [url, status] of [
        ["/api/health", 200],
        ["/api/nothing-here", 404],
        ["/api/users", 401],
      ] as const) {
        const response = await fetch(`${base}${url}`, { headers: { "x-request-id": "caller-id-1" } });
        expect(response.status).toBe(status);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
        expect(response.headers.get("x-frame-options")).toBe("DENY");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(response.headers.get("x-request-id")).toBe("caller-id-1");
        await response.arrayBuffer();
      }
      const asset = await fetch(`${base}/assets/app.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(asset.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(await asset.text()).toBe("export {};");
      const page = await fetch(`${base}/persons`);
      expect(page.headers.get("cache-control")).toBe("no-cache");
      expect(page.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
      expect(await page.text()).toContain("<title>Ankommen</title>");
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(clientDir, { recursive: true, force: true });
    }
  });

  it("in production adds HSTS of at least a year and uses a __Host- Secure cookie", async () => {
    const production = buildApp(database, { env: "production" });
    const response = await clientFor(production).post("/api/auth/login", {
      email: cast.own.advisor.email,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    const maxAge = Number(/max-age=(\d+)/.exec(response.headers.get("strict-transport-security") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-ankommen_session=/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
  });
});
