import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { clientDist } from "../../server/lib/client-build.ts";
import { type RunningServer, repoRoot, startServerProcess } from "./server-process.ts";

const STOP_TIMEOUT_MS = 5000;

function ensureClientBuild() {
  if (fs.existsSync(path.join(clientDist, "index.html"))) return;
  const result = spawnSync(path.join(repoRoot, "node_modules", ".bin", "vite"), ["build"], {
    cwd: repoRoot,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("vite build failed; the e2e tests need dist/client");
}

async function stop(server: RunningServer) {
  if (server.child.exitCode === null) {
    server.child.kill("SIGTERM");
    const timeout = new Promise((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS, "timeout"));
    if ((await Promise.race([server.exited, timeout])) === "timeout") server.child.kill("SIGKILL");
  }
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

export default async function setup(project: TestProject) {
  ensureClientBuild();
  const server = await startServerProcess();
  project.provide("baseUrl", server.baseUrl);
  return () => stop(server);
}
