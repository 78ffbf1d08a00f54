import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildClient, clientDist } from "#server/lib/client-build.ts";
import { signInDemoStaff } from "./e2e-sessions.ts";
import { type RunningServer, startServerProcess } from "./server-process.ts";

const STOP_TIMEOUT_MS = 5000;

function ensureClientBuild() {
  if (fs.existsSync(path.join(clientDist, "index.html"))) return;
  buildClient(clientDist);
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
  project.provide("demoSessions", await signInDemoStaff(server.baseUrl));
  return () => stop(server);
}
