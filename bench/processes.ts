import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * On two or more cores the servers share one core and the load generator (this process) keeps the
 * other, so neither steals the other's CPU and the ratio compares the servers alone.
 */
export const pinning =
  os.cpus().length >= 2 && spawnSync("taskset", ["-cp", "0", String(process.pid)]).status === 0;

/** The command that runs `args` with Node on the servers' core (core 1) when pinning applies. */
export const serverCommand = (args: string[]) =>
  pinning
    ? (["taskset", ["-c", "1", process.execPath, ...args]] as const)
    : ([process.execPath, args] as const);

const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Starts `node --import tsx …args` (pinned), killed when the bench exits, once `readyUrl` answers. */
export async function startProcess(
  args: string[],
  env: Record<string, string>,
  readyUrl: string,
): Promise<ChildProcess> {
  const [command, commandArgs] = serverCommand(["--import", "tsx", ...args]);
  const child = spawn(command, commandArgs, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  child.stdout?.resume();
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
    try {
      const response = await fetch(readyUrl);
      await response.arrayBuffer();
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${args.join(" ")} did not start`);
}

export function rssMb(pid: number | undefined, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  if (!pid) return Number.NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN) / 1024;
}
