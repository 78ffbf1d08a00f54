import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type RunningServer, repoRoot, startServerProcess, tsxBin } from "../setup/server-process.ts";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-production-"));
const production = {
  NODE_ENV: "production",
  SESSION_SECRET: "a-production-secret-of-at-least-32-chars",
  DATA_DIR: dataDir,
};
let server: RunningServer | undefined;
afterAll(() => {
  server?.child.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const createAdmin = (email: string) =>
  spawnSync(
    tsxBin,
    [
      "server/scripts/create-admin.ts",
      "--email",
      email,
      "--name",
      "Ida Informatik",
      "--centre",
      "Welcome Center Schaumburg",
      "--district",
      "lk-schaumburg",
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, ...production, ADMIN_PASSWORD: "ein-langes-admin-passwort" },
      encoding: "utf8",
    },
  );

const login = (email: string, password: string) =>
  fetch(`${server?.baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server?.baseUrl ?? "" },
    body: JSON.stringify({ email, password }),
  });

describe("a production installation", () => {
  it("gets its first admin from the documented command, once", () => {
    const first = createAdmin("it@welcome-schaumburg.example");
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      "Admin it@welcome-schaumburg.example created for Welcome Center Schaumburg",
    );
    const again = createAdmin("it@welcome-schaumburg.example");
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already has an account");
  });

  it("starts without demo data, and the created admin signs in with a __Host- cookie", async () => {
    server = await startServerProcess(production, ["--api-only"]);
    expect(server.output()).not.toContain("ankommen-demo");
    expect((await login("advisor@hildesheim.example", "ankommen-demo")).status).toBe(401);
    const admin = await login("it@welcome-schaumburg.example", "ein-langes-admin-passwort");
    expect(admin.status).toBe(200);
    expect(await admin.json()).toMatchObject({ role: "admin", centreName: "Welcome Center Schaumburg" });
    expect(admin.headers.get("set-cookie")).toMatch(/^__Host-ankommen_session=.*Secure/);
  });
});
