import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SqliteDialect } from "kysely";
import { openSqlite } from "#server/db/connect.ts";
import { ensureClientBuild } from "#server/lib/client-build.ts";
import { signInOverHttp } from "../tests/setup/http-sign-in.ts";
import { measureBrowserTimings } from "./browser-timing.ts";
import { captureReadAudits, sqliteAuditReader } from "./capture-audit.ts";
import { captureScenarios } from "./capture-sql.ts";
import { DASHBOARD_BUDGET_MS, measureDashboard } from "./dashboard.ts";
import { ensureBenchDatabase } from "./generate.ts";
import { finish, judgeScenario, type LoadResult, load, ratioCell, summariseRounds, warmUp } from "./judge.ts";
import { freePort, pinning, repoRoot, rssMb, say, startProcess } from "./processes.ts";
import { formatTable } from "./table.ts";

const quick = process.argv.includes("--quick");
/** `--rounds=N` / `--seconds=N` override the mode's rounds and their length (to compare two versions on quick data). */
const option = (name: string) => {
  const value = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  return value === undefined ? undefined : Number(value);
};
const BENCH_USER = "advisor@hildesheim.example";
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
settings.rounds = option("rounds") ?? settings.rounds;
settings.seconds = option("seconds") ?? settings.seconds;

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

const { captured, scenarios, totalCases } = await captureScenarios(
  new SqliteDialect({ database: openSqlite(file) }),
  "nguyen lan",
  BENCH_USER,
);
const queriesFile = path.join(settings.dataDir, "baseline-queries.json");
fs.writeFileSync(queriesFile, JSON.stringify(captured));
const auditFile = path.join(settings.dataDir, "baseline-audit.json");
const auditReader = sqliteAuditReader(file);
fs.writeFileSync(auditFile, JSON.stringify(await captureReadAudits(auditReader, appUrl, cookie, scenarios)));
auditReader.close();
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
const run = (url: string, headers: Record<string, string> = {}, connections = settings.connections) =>
  load([url], { connections, seconds: settings.seconds, headers });
for (const scenario of scenarios) {
  await warmUp([`${baselineUrl}/${scenario.baselineKey}`], {}, quick ? 0.5 : 2);
  await warmUp([`${appUrl}${scenario.appPath}`], { cookie }, quick ? 0.5 : 2);
  // Baseline and app alternate in short rounds, so drift of the shared machine hits both alike; the
  // budget judges the median of the rounds' ratios.
  const rounds: { base: LoadResult; app: LoadResult }[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const roundBase = await run(`${baselineUrl}/${scenario.baselineKey}`);
    const roundApp = await run(`${appUrl}${scenario.appPath}`, { cookie });
    rounds.push({ base: roundBase, app: roundApp });
  }
  const summary = summariseRounds(rounds);
  const light = await run(`${appUrl}${scenario.appPath}`, { cookie }, settings.latencyConnections);
  const errors = summary.app.errors + summary.base.errors + light.errors;
  rows.push([
    scenario.name,
    summary.base.perSecond.toFixed(0),
    summary.app.perSecond.toFixed(0),
    ratioCell(summary),
    String(summary.base.p99),
    String(summary.app.p99),
    String(light.p50),
    String(light.p99),
    String(errors),
  ]);
  if (errors > 0) failures.push(`${scenario.name}: ${errors} failed requests`);
  if (!quick) {
    const verdict = judgeScenario(scenario.name, summary, light.p99, {
      budgets,
      maxSpread: MAX_RATIO_SPREAD,
      latencyConnections: settings.latencyConnections,
    });
    failures.push(...verdict.failures);
    refusals.push(...verdict.refusals);
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
say(
  `\nAnkommen bench (${quick ? "quick" : "full"}): ${settings.persons} persons, ${totalCases} cases in the centre, ${settings.rounds} alternating rounds of ${settings.seconds} s for baseline and app (ratio = median, range and interquartile spread in brackets; not judged when the spread exceeds ${MAX_RATIO_SPREAD * 100} % or pinning failed; p99 @${settings.connections} = worst round); @N = N connections, latencies in ms`,
);
for (const line of formatTable(header, rows)) say(line);
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
finish(failures, refusals);
