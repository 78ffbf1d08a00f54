import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./lanes.ts";

const vitestBin = path.join(repoRoot, "node_modules", "vitest", "vitest.mjs");
const tsxBin = path.join(repoRoot, "node_modules", ".bin", "tsx");
const outcomeFixture = "tests/harness/fixtures/outcome.fixture.ts";
const browserFixture = "tests/harness/fixtures/browser.fixture.ts";
const postgresLaneFile = "tests/api/query-shapes.test.ts";
const reportDirs: string[] = [];

type Run = { code: number | null; output: string };

/** The parent's Vitest variables would make the child think it is a worker of this run. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith("VITEST") && key !== "TEST_DB" && key !== "NODE_ENV") env[key] = value;
  return { ...env, ANKOMMEN_HARNESS_FIXTURES: "1", FORCE_COLOR: "0", ...extra };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += String(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += String(chunk);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

async function vitest(outcome: "pass" | "fail", projects: string[], files: string[]) {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-harness-"));
  reportDirs.push(reportDir);
  const env = childEnv({ HARNESS_OUTCOME: outcome, ANKOMMEN_LANE_REPORT_DIR: reportDir });
  const args = [vitestBin, "run", ...projects.flatMap((p) => ["--project", p]), "--reporter=default"];
  const result = await run(
    process.execPath,
    [...args, "--reporter=./tests/harness/lane-reporter.ts", ...files],
    env,
  );
  const verdict = await run(tsxBin, ["tests/harness/verdict.ts", `--vitest-exit=${result.code}`], env);
  const lastLine = verdict.output.trim().split("\n").at(-1) ?? "";
  return { ...result, verdictCode: verdict.code, verdictLine: lastLine };
}

afterAll(() => {
  for (const dir of reportDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the test harness's exit code", () => {
  it("is non-zero when a test fails beside a PostgreSQL-lane file and a browser-lane file", async () => {
    const result = await vitest(
      "fail",
      ["unit", "api-postgres", "e2e"],
      [outcomeFixture, postgresLaneFile, browserFixture],
    );
    expect(result.output).toContain("3 failed");
    expect(result.code).not.toBe(0);
    expect(result.verdictLine).toMatch(/^[1-9]\d* passed, 3 failed$/);
    expect(result.verdictCode).not.toBe(0);
  }, 180_000);

  it("is zero when the same run passes", async () => {
    const result = await vitest(
      "pass",
      ["unit", "api-postgres", "e2e"],
      [outcomeFixture, postgresLaneFile, browserFixture],
    );
    expect(result.output).not.toMatch(/\bfailed\b/);
    expect(result.code).toBe(0);
    expect(result.verdictLine).toMatch(/^[1-9]\d* passed, 0 failed$/);
  }, 180_000);

  it("is non-zero when the only failure is in the PostgreSQL lane", async () => {
    const result = await vitest("fail", ["api-postgres"], [outcomeFixture, postgresLaneFile]);
    expect(result.output).toContain("1 failed");
    expect(result.code).not.toBe(0);
  }, 180_000);

  it("is non-zero when the only failure is in the browser lane", async () => {
    const result = await vitest("fail", ["e2e"], [outcomeFixture, browserFixture]);
    expect(result.output).toContain("1 failed");
    expect(result.code).not.toBe(0);
  }, 180_000);
});
