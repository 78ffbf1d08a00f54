import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInOverHttp } from "../setup/http-sign-in.ts";
import { type RunningServer, repoRoot, startServerProcess, tsxBin } from "../setup/server-process.ts";

// A read answers once its audit group is committed. With the longest group window the config allows (5 s),
// far beyond the shutdown's drain (about 1.2 s), a read sent just before SIGTERM can only be answered (and
// audited) in time if the shutdown commits the waiting group.
const AUDIT_READ_GROUP_MS = 5_000;
let server: RunningServer;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(() => {
  server.child.kill("SIGKILL");
});

const login = (email: string) =>
  fetch(`${server.baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.baseUrl },
    body: JSON.stringify({ email, password: "ankommen-demo" }),
  });

describe("the real server", () => {
  it("migrates, loads the demo data on first start and prints the URL and the demo logins", async () => {
    const printed = server.output();
    expect(printed).toContain(`http://localhost:${new URL(server.baseUrl).port}`);
    expect(printed).toContain("ankommen-demo");
    expect(printed).toContain("employer@tischlerei-brandt.example");
    expect((await login("advisor@hameln.example")).status).toBe(200);
  });

  it("keeps a caller's plain request id and replaces a malformed one", async () => {
    const kept = await fetch(`${server.baseUrl}/api/health`, { headers: { "x-request-id": "trace-4711" } });
    expect(kept.headers.get("x-request-id")).toBe("trace-4711");
    const replaced = await fetch(`${server.baseUrl}/api/health`, {
      headers: { "x-request-id": "bad id;<x>" },
    });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("reads the session cookie among other cookies", async () => {
    const signedIn = await login("advisor@hildesheim.example");
    const cookie = /ankommen_session=[^;]+/.exec(signedIn.headers.get("set-cookie") ?? "")?.[0] ?? "";
    const me = await fetch(`${server.baseUrl}/api/auth/me`, {
      headers: { cookie: `theme=dark; ${cookie}; x=1` },
    });
    expect(me.status).toBe(200);
    expect((await me.json()).email).toBe("advisor@hildesheim.example");
  });

  it("makes a consistent backup while it keeps answering sign-ins, and the documented restore starts from it", async () => {
    const target = path.join(server.dataDir, "backup-under-load.sqlite");
    const writes = Promise.all(Array.from({ length: 20 }, () => login("manager@hannover.example")));
    const result = spawnSync(tsxBin, ["server/scripts/backup.ts", target], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: server.dataDir, NODE_ENV: "test" },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    expect((await writes).every((response) => response.status === 200)).toBe(true);
    const backup = new SqliteDatabase(target, { readonly: true });
    expect(backup.pragma("integrity_check", { simple: true })).toBe("ok");
    const users = backup.prepare("select count(*) as n from users").get() as { n: number };
    expect(users.n).toBe(8);
    backup.close();

    const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-restored-"));
    fs.copyFileSync(target, path.join(restoredDir, "ankommen.sqlite"));
    const restored = await startServerProcess({ DATA_DIR: restoredDir });
    try {
      expect(restored.output()).not.toContain("Demo-Daten wurden geladen");
      const signedIn = await fetch(`${restored.baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: restored.baseUrl },
        body: JSON.stringify({ email: "manager@hannover.example", password: "ankommen-demo" }),
      });
      expect(signedIn.status).toBe(200);
    } finally {
      restored.child.kill("SIGKILL");
      fs.rmSync(restoredDir, { recursive: true, force: true });
    }
  });

  it("finishes requests in flight on SIGTERM, commits the waiting read audit and exits 0 within 10 seconds", async () => {
    const waiting = await startServerProcess({ AUDIT_READ_GROUP_MS: String(AUDIT_READ_GROUP_MS) });
    const storedOf = () =>
      new SqliteDatabase(path.join(waiting.dataDir, "ankommen.sqlite"), { readonly: true });
    const query = <T>(statement: string, ...params: unknown[]) => {
      const stored = storedOf();
      try {
        return stored.prepare(statement).get(...params) as T;
      } finally {
        stored.close();
      }
    };
    try {
      const signIn = (email: string) =>
        fetch(`${waiting.baseUrl}/api/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: waiting.baseUrl },
          body: JSON.stringify({ email, password: "ankommen-demo" }),
        });
      const cookie = await signInOverHttp(waiting.baseUrl, "advisor@hildesheim.example");
      const { id: personId } = query<{ id: string }>(
        "select id from persons where centre_id = (select centre_id from users where email = ?) limit 1",
        "advisor@hildesheim.example",
      );
      const auditedReads = () =>
        query<{ n: number }>(
          "select count(*) as n from audit_log where action = 'person.read' and entity_id = ?",
          personId,
        ).n;
      const readAt = Date.now();
      let readAnswered = false;
      const read = fetch(`${waiting.baseUrl}/api/persons/${personId}`, { headers: { cookie } }).finally(
        () => {
          readAnswered = true;
        },
      );

      let answered = 0;
      const inFlight = Array.from({ length: 10 }, () =>
        signIn("advisor@hildesheim.example").finally(() => {
          answered++;
        }),
      );
      // Once the server answers the first sign-in, the others (and the read) have reached it.
      await vi.waitUntil(() => answered > 0, { timeout: 15_000, interval: 2 });
      expect(readAnswered, "the read waits for its audit group").toBe(false);
      expect(auditedReads(), "nothing is committed while the group waits").toBe(0);
      const started = Date.now();
      waiting.child.kill("SIGTERM");
      expect(answered, "sign-ins still in flight at SIGTERM").toBeLessThan(10);
      const duringDrain = Array.from({ length: 5 }, () => signIn("advisor@hildesheim.example"));
      const responses = await Promise.all([...inFlight, ...duringDrain]);
      expect(responses.map((response) => response.status)).toEqual(Array(15).fill(200));
      expect((await read).status).toBe(200);
      expect(await waiting.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(Date.now() - readAt, "the group window cannot have run out before the exit").toBeLessThan(
        AUDIT_READ_GROUP_MS,
      );
      expect(auditedReads()).toBe(1);
    } finally {
      if (waiting.child.exitCode === null) waiting.child.kill("SIGKILL");
      fs.rmSync(waiting.dataDir, { recursive: true, force: true });
    }
  });
});

describe("a wrong configuration", () => {
  it("stops the server with one clear line", () => {
    const result = spawnSync(tsxBin, ["server/main.ts"], {
      cwd: repoRoot,
      env: { ...process.env, PORT: "achtzig", NODE_ENV: "test" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Invalid configuration: PORT/)]);
  });
});
