import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInOverHttp } from "../setup/http-sign-in.ts";
import { type RunningServer, repoRoot, startServerProcess, tsxBin } from "../setup/server-process.ts";

const ADVISOR = "advisor@hildesheim.example";
let server: RunningServer;
let cookie = "";
const cleanup: string[] = [];

beforeAll(async () => {
  server = await startServerProcess();
  cookie = await signIn(server.baseUrl);
}, 60_000);
afterAll(() => {
  if (server.child.exitCode === null) server.child.kill("SIGKILL");
  for (const dir of [server.dataDir, ...cleanup]) fs.rmSync(dir, { recursive: true, force: true });
});

/** The advisor's full session, code step included. */
const signIn = (baseUrl: string) => signInOverHttp(baseUrl, ADVISOR);

let serial = 0;
const letters = "bcdfghklmnprstvwz";
const word = (n: number) =>
  Array.from({ length: 8 }, (_, i) => letters[Math.floor(n / letters.length ** i) % letters.length]).join("");

function createPerson(baseUrl: string, session: string) {
  serial++;
  const familyName = `${word(serial * 7919 + 17)}e`;
  return fetch(`${baseUrl}/api/persons`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, cookie: session },
    body: JSON.stringify({
      familyName,
      givenNames: `${word(serial * 104729 + 5)}i`,
      birthDate: `19${60 + (serial % 40)}-0${1 + (serial % 9)}-2${serial % 9}`,
      nationality: "UA",
      district: "lk-hildesheim",
    }),
  }).then(async (response) => ({ response, familyName }));
}

function runBackup(target: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsxBin, ["server/scripts/backup.ts", target], {
      cwd: repoRoot,
      env: { ...process.env, DATA_DIR: server.dataDir, NODE_ENV: "test" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += String(chunk);
    });
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("online backup under writes", () => {
  it("a server started on the backup has every write acknowledged before the backup began", async () => {
    const acknowledged: { id: string; familyName: string; at: number }[] = [];
    let writing = true;
    const writers = Array.from({ length: 3 }, async () => {
      while (writing) {
        const { response, familyName } = await createPerson(server.baseUrl, cookie);
        expect(response.status).toBe(201);
        const { id } = (await response.json()) as { id: string };
        acknowledged.push({ id, familyName, at: Date.now() });
      }
    });
    await vi.waitUntil(() => acknowledged.length >= 30, { timeout: 20_000, interval: 10 });
    const backupStarted = Date.now();
    const before = acknowledged.filter((write) => write.at <= backupStarted);
    const target = path.join(server.dataDir, "backups", "under-writes.sqlite");
    const backup = await runBackup(target);
    writing = false;
    await Promise.all(writers);
    expect(backup.code, backup.output).toBe(0);
    expect(before.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(before.length);

    const copy = new SqliteDatabase(target, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();

    // The documented restore: put the backup file in place of the database and start the server on it.
    const restoredDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-restored-"));
    cleanup.push(restoredDir);
    fs.copyFileSync(target, path.join(restoredDir, "ankommen.sqlite"));
    const restored = await startServerProcess({ DATA_DIR: restoredDir });
    try {
      const session = await signIn(restored.baseUrl);
      for (const write of before) {
        const response = await fetch(`${restored.baseUrl}/api/persons/${write.id}`, {
          headers: { cookie: session },
        });
        expect(response.status, `person ${write.id} acknowledged before the backup`).toBe(200);
        expect(((await response.json()) as { familyName: string }).familyName).toBe(write.familyName);
      }
      process.stdout.write(
        `[backup] ${before.length} writes acknowledged before the backup found after restore ` +
          `(${acknowledged.length - before.length} more ran during it)\n`,
      );
    } finally {
      restored.child.kill("SIGKILL");
    }
  }, 60_000);
});

describe("graceful shutdown", () => {
  it("answers all of 50 requests in flight on SIGTERM completely and exits 0 within 10 seconds", async () => {
    const requests = Array.from({ length: 50 }, (_, index) =>
      index % 2 === 0
        ? createPerson(server.baseUrl, cookie).then(async ({ response, familyName }) => ({
            status: response.status,
            body: (await response.json()) as { id?: string; familyName?: string; items?: unknown[] },
            familyName,
          }))
        : fetch(`${server.baseUrl}/api/persons?limit=100`, { headers: { cookie } }).then(
            async (response) => ({
              status: response.status,
              body: (await response.json()) as { id?: string; familyName?: string; items?: unknown[] },
              familyName: null,
            }),
          ),
    );
    await new Promise((resolve) => setImmediate(resolve));
    const started = Date.now();
    server.child.kill("SIGTERM");
    const answers = await Promise.all(requests);
    expect(answers.map((answer) => answer.status)).toEqual(
      answers.map((_, index) => (index % 2 === 0 ? 201 : 200)),
    );
    for (const answer of answers) {
      if (answer.familyName) expect(answer.body.familyName).toBe(answer.familyName);
      else expect(answer.body.items?.length).toBeGreaterThan(0);
    }
    expect(await server.exited).toBe(0);
    const took = Date.now() - started;
    expect(took).toBeLessThan(10_000);
    const stored = new SqliteDatabase(path.join(server.dataDir, "ankommen.sqlite"), { readonly: true });
    const created = answers.filter((answer) => answer.familyName).map((answer) => answer.body.id);
    const found = stored
      .prepare(`select count(*) as n from persons where id in (${created.map(() => "?").join(",")})`)
      .get(...created) as { n: number };
    stored.close();
    expect(found.n).toBe(25);
    process.stdout.write(`[shutdown] 50 requests in flight answered, exit 0 after ${took} ms\n`);
  }, 30_000);
});
