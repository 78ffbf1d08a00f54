import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { ensureClientBuild } from "../server/lib/client-build.ts";
import { signInOverHttp } from "../tests/setup/http-sign-in.ts";
import { measureBrowserTimings } from "./browser-timing.ts";
import { captureReadAudits } from "./capture-audit.ts";
import { captureScenarios } from "./capture-sql.ts";
import { DASHBOARD_BUDGET_MS, measureDashboard } from "./dashboard.ts";
import { ensureBenchDatabase } from "./generate.ts";

const quick = process.argv.includes("--quick");
const BENCH_USER = "advisor@hildesheim.example";
const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const settings = quick
  ? {
      persons: 2_000,
      maxActivitiesPerCase: 8,
      seconds: 1,
      rounds: 1,
      connections: 8,
      latencyConnections: 2,
      dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-bench-")),
    }
  : {
      persons: 100_000,
      maxActivitiesPerCase: 18,
      seconds: 5,
      rounds: 5,
      connections: 32,
      latencyConnections: 4,
      dataDir: path.join(repoRoot, "bench", ".data", "full"),
    };

/**
 * Budgets from the performance issue (20), raised from the case-management issue's. Throughput is judged as the ratio to the baseline measured in
 * the same run at 32 connections. p99 is judged at light load (4 connections): with 32 connections
 * queued on two cores every request waits for ~31 others, so p99 there measures the queue, and even
 * the bare baseline exceeds 25 ms. Both p99 figures are printed.
 */
const RSS_BUDGET_MB = 200;
/**
 * A ratio is only judged when its rounds agree: when the middle half of the rounds' ratios (upper minus lower
 * quartile) spans more than this share of the median, the machine was not quiet enough and the run refuses to
 * judge instead of guessing. The quartiles let one disturbed round of five pass without moving the verdict.
 */
const MAX_RATIO_SPREAD = 0.15;
const budgets = [
  { scenario: /^case list/, minRatio: 0.8, maxP99: 25 },
  { scenario: /^name search/, maxP99: 30 },
  { scenario: /^person page/, minRatio: 0.6 },
];

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * On two or more cores the servers share one core and the load generator (this process) keeps the
 * other, so neither steals the other's CPU and the ratio compares the servers alone.
 */
const pinning = os.cpus().length >= 2 && spawnSync("taskset", ["-cp", "0", String(process.pid)]).status === 0;
const serverCommand = (args: string[]) =>
  pinning
    ? (["taskset", ["-c", "1", process.execPath, ...args]] as const)
    : ([process.execPath, args] as const);
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startProcess(
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

function rssMb(pid: number | undefined, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  if (!pid) return Number.NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN) / 1024;
}

type LoadResult = { perSecond: number; p50: number; p99: number; errors: number };

async function load(url: string, headers: Record<string, string> = {}, connections = settings.connections) {
  const result = await autocannon({
    url,
    connections,
    duration: settings.seconds,
    headers,
  });
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** JIT, statement caches and the OS page cache settle before anything is measured. */
async function warmUp(url: string, headers: Record<string, string>) {
  await autocannon({ url, connections: 4, duration: quick ? 0.5 : 2, headers });
}

const file = await ensureBenchDatabase(
  settings.dataDir,
  { persons: settings.persons, maxActivitiesPerCase: settings.maxActivitiesPerCase },
  say,
);

// The browser step loads the built client from the app server.
ensureClientBuild(say);
const [appPort, baselinePort] = [await freePort(), await freePort()];
const appUrl = `http://127.0.0.1:${appPort}`;
const baselineUrl = `http://127.0.0.1:${baselinePort}`;
const app = await startProcess(
  ["server/main.ts"],
  {
    NODE_ENV: "test",
    LOG_LEVEL: "error",
    PORT: String(appPort),
    HOST: "127.0.0.1",
    DATA_DIR: settings.dataDir,
  },
  `${appUrl}/api/health`,
);

// The demo advisor has a seeded TOTP secret: the bench completes the code step like a user.
const cookie = await signInOverHttp(appUrl, BENCH_USER);

const { captured, scenarios, totalCases } = await captureScenarios(file, "nguyen lan", BENCH_USER);
const queriesFile = path.join(settings.dataDir, "baseline-queries.json");
fs.writeFileSync(queriesFile, JSON.stringify(captured));
const auditFile = path.join(settings.dataDir, "baseline-audit.json");
fs.writeFileSync(auditFile, JSON.stringify(await captureReadAudits(file, appUrl, cookie, scenarios)));
await startProcess(
  ["bench/baseline-server.ts", file, queriesFile, auditFile, String(baselinePort)],
  {},
  `${baselineUrl}/person`,
);

const rows: string[][] = [];
const failures: string[] = [];
const refusals: string[] = [];
if (!quick && !pinning)
  refusals.push(
    "CPU pinning could not be applied (needs taskset and two cores): servers and load would share cores",
  );
for (const scenario of scenarios) {
  await warmUp(`${baselineUrl}/${scenario.baselineKey}`, {});
  await warmUp(`${appUrl}${scenario.appPath}`, { cookie });
  // Baseline and app alternate in short rounds, so drift of the shared machine hits both alike; the
  // budget judges the median of the rounds' ratios.
  const rounds: { base: LoadResult; app: LoadResult }[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const roundBase = await load(`${baselineUrl}/${scenario.baselineKey}`);
    const roundApp = await load(`${appUrl}${scenario.appPath}`, { cookie });
    rounds.push({ base: roundBase, app: roundApp });
  }
  const ratios = rounds.map((entry) => entry.app.perSecond / entry.base.perSecond).sort((a, b) => a - b);
  const ratio = ratios[Math.floor(ratios.length / 2)] ?? 0;
  const medianOf = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const base = {
    perSecond: medianOf(rounds.map((entry) => entry.base.perSecond)),
    p99: Math.max(...rounds.map((entry) => entry.base.p99)),
    errors: rounds.reduce((sum, entry) => sum + entry.base.errors, 0),
  };
  const measured = {
    perSecond: medianOf(rounds.map((entry) => entry.app.perSecond)),
    p99: Math.max(...rounds.map((entry) => entry.app.p99)),
    errors: rounds.reduce((sum, entry) => sum + entry.app.errors, 0),
  };
  const lowerQuartile = ratios[Math.floor((ratios.length - 1) / 4)] ?? 0;
  const upperQuartile = ratios[Math.ceil((3 * (ratios.length - 1)) / 4)] ?? 0;
  const spread = ratio > 0 ? (upperQuartile - lowerQuartile) / ratio : Number.POSITIVE_INFINITY;
  const light = await load(`${appUrl}${scenario.appPath}`, { cookie }, settings.latencyConnections);
  const errors = measured.errors + base.errors + light.errors;
  rows.push([
    scenario.name,
    base.perSecond.toFixed(0),
    measured.perSecond.toFixed(0),
    `${ratio.toFixed(2)} (${ratios[0]?.toFixed(2)}–${ratios.at(-1)?.toFixed(2)}, spread ${(spread * 100).toFixed(0)} %)`,
    String(base.p99),
    String(measured.p99),
    String(light.p50),
    String(light.p99),
    String(errors),
  ]);
  if (errors > 0) failures.push(`${scenario.name}: ${errors} failed requests`);
  for (const budget of budgets.filter((entry) => entry.scenario.test(scenario.name))) {
    if (quick) continue;
    if (budget.minRatio !== undefined && spread > MAX_RATIO_SPREAD)
      refusals.push(
        `${scenario.name}: the middle rounds' ratios spread ${(spread * 100).toFixed(0)} % of the median (${ratios.map((r) => r.toFixed(2)).join(", ")}), more than ${MAX_RATIO_SPREAD * 100} %`,
      );
    else if (budget.minRatio !== undefined && ratio < budget.minRatio)
      failures.push(`${scenario.name}: ${ratio.toFixed(2)} of baseline < ${budget.minRatio}`);
    if (budget.maxP99 !== undefined && light.p99 > budget.maxP99)
      failures.push(
        `${scenario.name}: p99 at ${settings.latencyConnections} connections ${light.p99} ms > ${budget.maxP99} ms`,
      );
  }
}
const dashboard = await measureDashboard(appUrl, quick ? 3 : 20);
for (const timing of dashboard) {
  const name = `dashboard ${timing.figure} (${timing.scope})`;
  if (timing.status !== 200) failures.push(`${name}: status ${timing.status}`);
  else if (!quick && timing.max > DASHBOARD_BUDGET_MS)
    failures.push(`${name}: ${timing.max.toFixed(0)} ms > ${DASHBOARD_BUDGET_MS} ms`);
}
const browserTimings = await measureBrowserTimings(appUrl, quick ? 1 : 5);
for (const timing of browserTimings)
  if (!quick && timing.median > timing.budgetMs)
    failures.push(`${timing.name}: median ${timing.median.toFixed(0)} ms > ${timing.budgetMs} ms`);
const rss = rssMb(app.pid);
const peakRss = rssMb(app.pid, "VmHWM");
if (!quick && rss > RSS_BUDGET_MB) failures.push(`app server RSS ${rss.toFixed(0)} MB > ${RSS_BUDGET_MB} MB`);

const header = [
  "scenario",
  "baseline req/s",
  "app req/s",
  "ratio",
  `baseline p99 @${settings.connections}`,
  `app p99 @${settings.connections}`,
  `app p50 @${settings.latencyConnections}`,
  `app p99 @${settings.latencyConnections}`,
  "errors",
];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
);
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
say(
  `\nAnkommen bench (${quick ? "quick" : "full"}): ${settings.persons} persons, ${totalCases} cases in the centre, ${settings.rounds} alternating rounds of ${settings.seconds} s for baseline and app (ratio = median, range and interquartile spread in brackets; not judged when the spread exceeds ${MAX_RATIO_SPREAD * 100} % or pinning failed; p99 @${settings.connections} = worst round); @N = N connections, latencies in ms`,
);
say(line(header));
say(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) say(line(row));
say(
  `\nDashboard (manager, current calendar year, sequential, budget ≤ ${DASHBOARD_BUDGET_MS} ms per request; ms)`,
);
for (const timing of dashboard)
  say(
    `  ${`${timing.figure} (${timing.scope})`.padEnd(34)} p50 ${timing.p50.toFixed(1).padStart(6)}  max ${timing.max.toFixed(1).padStart(6)}`,
  );
say(
  `\nBrowser (headless Chromium, fresh context per run, ${quick ? "reported only" : "budget on the median"}; ms)`,
);
for (const timing of browserTimings)
  say(
    `  ${timing.name.padEnd(40)} median ${timing.median.toFixed(0).padStart(5)} of ${timing.runs.map((ms) => ms.toFixed(0)).join(", ")}  budget ${timing.budgetMs}`,
  );
say(
  `app server RSS after the runs: ${rss.toFixed(0)} MB (peak ${peakRss.toFixed(0)} MB; budget ${RSS_BUDGET_MB} MB)`,
);

if (quick) fs.rmSync(settings.dataDir, { recursive: true, force: true });
if (refusals.length > 0) {
  process.stderr.write(
    `Not judged — a refused run is never green:\n${refusals.map((reason) => `  ${reason}`).join("\n")}\n`,
  );
}
if (failures.length > 0) {
  process.stderr.write(`Budget missed:\n${failures.map((failure) => `  ${failure}`).join("\n")}\n`);
}
process.exit(failures.length > 0 || refusals.length > 0 ? 1 : 0);
