import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildClient, repoRoot } from "#server/lib/client-build.ts";

/** React's production build reports errors by number; only the development build carries the hook warning text. */
const PRODUCTION_MARKER = "Minified React error";
const DEVELOPMENT_MARKER = "Invalid hook call";

const outDirs: string[] = [];
const freshOutDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-client-"));
  outDirs.push(dir);
  return dir;
};

function builtJavaScript(outDir: string): string {
  const assets = path.join(outDir, "assets");
  return fs
    .readdirSync(assets)
    .filter((file) => file.endsWith(".js"))
    .map((file) => fs.readFileSync(path.join(assets, file), "utf8"))
    .join("\n");
}

function withNodeEnv<T>(value: string, run: () => T): T {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = value;
  try {
    return run();
  } finally {
    process.env.NODE_ENV = previous;
  }
}

afterAll(() => {
  for (const dir of outDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("client build", () => {
  it("ships React's production build when the server builds with NODE_ENV=development", () => {
    const outDir = freshOutDir();
    withNodeEnv("development", () => buildClient(outDir, "pipe"));
    const code = builtJavaScript(outDir);
    expect(code.includes(PRODUCTION_MARKER), "React's production build is in the bundle").toBe(true);
    expect(code.includes(DEVELOPMENT_MARKER), "React's development build is in the bundle").toBe(false);
  }, 120_000);

  it("ships React's production build from a plain `vite build` with NODE_ENV=development", () => {
    const outDir = freshOutDir();
    const result = spawnSync(
      path.join(repoRoot, "node_modules", ".bin", "vite"),
      ["build", "--logLevel", "warn"],
      {
        cwd: repoRoot,
        encoding: "utf8",
        env: { ...process.env, NODE_ENV: "development", ANKOMMEN_CLIENT_DIST: outDir },
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const code = builtJavaScript(outDir);
    expect(code.includes(PRODUCTION_MARKER), "React's production build is in the bundle").toBe(true);
    expect(code.includes(DEVELOPMENT_MARKER), "React's development build is in the bundle").toBe(false);
  }, 120_000);
});
