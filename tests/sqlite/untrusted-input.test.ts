import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorEnvelopeSchema } from "#shared/api/errors.ts";
import { type RunningServer, startServerProcess } from "../setup/server-process.ts";

/** The real server behind a reverse proxy on this host: the test's requests come from 127.0.0.1. */
let server: RunningServer;
beforeAll(async () => {
  server = await startServerProcess({ TRUST_PROXY: "true", LOG_LEVEL: "info" });
});
afterAll(() => {
  server.child.kill("SIGKILL");
});

const logLines = () =>
  server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: string; message: string; path?: string; status?: number });

describe("the real server with malformed URLs", () => {
  it("answers 400 (the envelope under /api) and logs the request, not an error with a stack", async () => {
    for (const target of ["/%", "/%E0%A4%A", "/assets/%", "/persons/%zz"]) {
      const response = await fetch(`${server.baseUrl}${target}`);
      expect(response.status, target).toBe(400);
      expect(await response.text(), target).toContain("Ungültige Adresse");
    }
    for (const target of ["/api/%", "/api/persons/%E0%A4%A", "/api/cases/%zz/activities"]) {
      const response = await fetch(`${server.baseUrl}${target}`);
      expect(response.status, target).toBe(400);
      expect(ErrorEnvelopeSchema.parse(await response.json()).error.code, target).toBe("bad_request");
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = logLines();
    expect(lines.filter((line) => line.level === "error" || line.level === "warn")).toEqual([]);
    expect(server.output()).not.toMatch(/URIError|\n\s+at /);
    expect(
      lines.filter((line) => line.message === "request" && line.status === 400).map((line) => line.path),
    ).toHaveLength(7);
  });
});

describe("the real server behind a trusted proxy", () => {
  it("audits a sign-in with the address the proxy appended, not a spoofed first entry", async () => {
    const response = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: server.baseUrl,
        "x-forwarded-for": "1.2.3.4, 203.0.113.90",
      },
      body: JSON.stringify({ email: "advisor@hameln.example", password: "ankommen-demo" }),
    });
    expect(response.status).toBe(200);
    const stored = new SqliteDatabase(path.join(server.dataDir, "ankommen.sqlite"), { readonly: true });
    const row = stored
      .prepare(
        "select ip from audit_log where action = 'auth.login' and user_email = ? order by at desc limit 1",
      )
      .get("advisor@hameln.example") as { ip: string };
    stored.close();
    expect(row.ip).toBe("203.0.113.90");
  });
});
