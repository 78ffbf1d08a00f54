import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
/** `ANKOMMEN_CLIENT_DIST` lets parallel test runs build and serve separate copies of the client. */
export const clientDist = process.env.ANKOMMEN_CLIENT_DIST ?? path.join(repoRoot, "dist", "client");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** Builds the client when there is no build yet or the sources are newer than it. */
export function ensureClientBuild(log: (message: string) => void): void {
  const index = path.join(clientDist, "index.html");
  const sourcesChanged =
    fs.existsSync(index) &&
    fs.existsSync(path.join(repoRoot, "client")) &&
    Math.max(newestMtime(path.join(repoRoot, "client")), newestMtime(path.join(repoRoot, "shared"))) >
      fs.statSync(index).mtimeMs;
  if (fs.existsSync(index) && !sourcesChanged) return;
  log("Building the client (vite build) …");
  buildClient(clientDist);
}

/** Always a production build, whatever NODE_ENV the server runs with: React's development build is slow and large. */
export function buildClient(outDir: string, stdio: "inherit" | "pipe" = "inherit"): void {
  const result = spawnSync(
    path.join(repoRoot, "node_modules", ".bin", "vite"),
    ["build", "--mode", "production", "--logLevel", "warn"],
    {
      cwd: repoRoot,
      stdio,
      env: { ...process.env, NODE_ENV: "production", ANKOMMEN_CLIENT_DIST: path.resolve(outDir) },
    },
  );
  if (result.status !== 0)
    throw new Error(`vite build failed${stdio === "pipe" ? `: ${result.stderr}` : ""}`);
}
