import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase } from "#server/db/connect.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { buildApp } from "../setup/test-app.ts";
import { createTestDatabase, type TestDatabase } from "../setup/test-database.ts";

let database: TestDatabase;
const servers: ServerType[] = [];
const closers: (() => Promise<void>)[] = [];

async function startInstance(url: string): Promise<string> {
  const handle = connectDatabase({ databaseUrl: url, poolSize: 3 });
  closers.push(handle.close);
  const app = buildApp({ ...handle, url });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
    servers.push(server);
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  for (const close of closers) await close();
  await database.close();
});

const call = (base: string, path: string, init: { method?: string; cookie?: string; body?: unknown } = {}) =>
  fetch(`${base}${path}`, {
    method: init.method ?? "GET",
    headers: {
      origin: base,
      ...(init.cookie && { cookie: init.cookie }),
      ...(init.body !== undefined && { "content-type": "application/json" }),
    },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });

describe("two API instances on one PostgreSQL", () => {
  it("share sessions: sign in on one, use and end the session on the other", async () => {
    if (!database.url) throw new Error("this suite runs on PostgreSQL only");
    const { own } = await createTwoCentres(database.db);
    const first = await startInstance(database.url);
    const second = await startInstance(database.url);
    expect(first).not.toBe(second);

    const login = await call(first, "/api/auth/login", {
      method: "POST",
      body: { email: own.advisor.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    const cookie = /ankommen_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0] ?? "";
    expect(cookie).not.toBe("");

    const meOnSecond = await call(second, "/api/auth/me", { cookie });
    expect(meOnSecond.status).toBe(200);
    expect((await meOnSecond.json()).email).toBe(own.advisor.email);

    expect((await call(second, "/api/auth/logout", { method: "POST", cookie, body: {} })).status).toBe(204);
    expect((await call(first, "/api/auth/me", { cookie })).status).toBe(401);
    expect((await call(second, "/api/auth/me", { cookie })).status).toBe(401);
  });
});
