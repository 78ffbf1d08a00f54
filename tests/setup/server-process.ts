import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const tsxBin = path.join(repoRoot, "node_modules", ".bin", "tsx");

export type RunningServer = {
  child: ChildProcess;
  baseUrl: string;
  dataDir: string;
  output: () => string;
  exited: Promise<number | null>;
};

const LISTENING = /läuft auf http:\/\/localhost:(\d+)/;

/**
 * Starts the real server (`tsx server/main.ts`) on a fresh data folder and waits for /api/health. It listens on
 * port 0 (a port the kernel picks, no race with another process) and the bound port is read from its first line.
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<RunningServer> {
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-server-"));
  // Node itself with tsx's loader, as `npm start` runs it: the tsx CLI would put a relay process in between
  // that SIGKILLs the server when it does not confirm a SIGTERM within 30 ms (busy under load).
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts", ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const port = LISTENING.exec(output)?.[1];
    if (port) {
      const baseUrl = `http://127.0.0.1:${port}`;
      try {
        if ((await fetch(`${baseUrl}/api/health`)).ok)
          return { child, baseUrl, dataDir, output: () => output, exited };
      } catch {
        // listening, not yet answering
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not become healthy:\n${output}`);
}
