import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { createApp } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import { connectDatabase } from "../server/db/connect.ts";
import { migrateToLatest } from "../server/db/migrate.ts";
import { newId } from "../server/lib/ids.ts";
import { createLogger } from "../server/lib/logger.ts";
import { seedDemo } from "../server/seed/demo.ts";
import { DEMO_PASSWORD } from "../server/seed/demo-accounts.ts";
import { runLoad } from "./load.ts";

const quick = process.argv.includes("--quick");
const settings = quick
  ? { extraUsers: 200, durationMs: 700, concurrency: 8 }
  : { extraUsers: 5000, durationMs: 5000, concurrency: 16 };

/** Budgets are ratios to the bare Hono baseline measured in the same run; absolute times drift on shared machines. */
const budgets: Record<string, { minRatio?: number; maxP99Ms?: number }> = {
  "GET /api/health": { minRatio: 0.4 },
  "GET /api/auth/me": { minRatio: 0.3 },
  "GET /api/users?limit=50": { minRatio: 0.15, maxP99Ms: 150 },
};

function listen(fetchHandler: (request: Request) => Response | Promise<Response>): Promise<string> {
  return new Promise((resolve) => {
    serve({ fetch: fetchHandler, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) =>
      resolve(`http://127.0.0.1:${info.port}`),
    );
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-bench-"));
const database = connectDatabase({ sqliteFile: path.join(dataDir, "bench.sqlite") });
await migrateToLatest(database.db);
await seedDemo(database.db);
const admin = await database.db
  .selectFrom("users")
  .select(["centre_id", "password_hash"])
  .where("email", "=", "admin@hildesheim.example")
  .executeTakeFirstOrThrow();
const now = new Date().toISOString();
for (let offset = 0; offset < settings.extraUsers; offset += 500) {
  const rows = Array.from({ length: Math.min(500, settings.extraUsers - offset) }, (_, i) => ({
    id: newId(),
    centre_id: admin.centre_id,
    company_id: null,
    email: `bench-${offset + i}@bench.example`,
    name: `Bench Nutzer ${String(offset + i).padStart(6, "0")}`,
    role: "advisor",
    password_hash: admin.password_hash,
    active: 1,
    last_login_at: null,
    created_at: now,
    updated_at: now,
    version: 1,
  }));
  await database.db.insertInto("users").values(rows).execute();
}

const config = { ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: dataDir }) };
const app = createApp({ db: database.db, dialect: database.dialect, config, logger: createLogger("silent") });
const baseline = new Hono().get("/baseline", (c) => c.json({ ok: true }));
const [appUrl, baselineUrl] = await Promise.all([listen(app.fetch), listen(baseline.fetch)]);

const login = await fetch(`${appUrl}/api/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json", origin: appUrl },
  body: JSON.stringify({ email: "admin@hildesheim.example", password: DEMO_PASSWORD }),
});
const cookie = /ankommen_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")?.[0];
if (!cookie) throw new Error(`bench sign-in failed: ${login.status}`);

const targets: { name: string; url: string; headers: Record<string, string> }[] = [
  { name: "baseline (bare Hono)", url: `${baselineUrl}/baseline`, headers: {} },
  { name: "GET /api/health", url: `${appUrl}/api/health`, headers: {} },
  { name: "GET /api/auth/me", url: `${appUrl}/api/auth/me`, headers: { cookie } },
  { name: "GET /api/users?limit=50", url: `${appUrl}/api/users?limit=50`, headers: { cookie } },
  { name: "GET /api/audit?limit=50", url: `${appUrl}/api/audit?limit=50`, headers: { cookie } },
];

const rows: string[][] = [];
let baselineRate = 0;
const failures: string[] = [];
for (const target of targets) {
  const result = await runLoad(target.url, {
    concurrency: settings.concurrency,
    durationMs: settings.durationMs,
    headers: target.headers,
  });
  if (baselineRate === 0) baselineRate = result.perSecond;
  const ratio = result.perSecond / baselineRate;
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  rows.push([
    target.name,
    result.perSecond.toFixed(0),
    result.p50.toFixed(2),
    result.p99.toFixed(2),
    ratio.toFixed(2),
    rssMb.toFixed(0),
    String(result.errors),
  ]);
  if (result.errors > 0) failures.push(`${target.name}: ${result.errors} failed requests`);
  const budget = budgets[target.name];
  if (!quick && budget?.minRatio !== undefined && ratio < budget.minRatio)
    failures.push(`${target.name}: ratio ${ratio.toFixed(2)} < ${budget.minRatio}`);
  if (!quick && budget?.maxP99Ms !== undefined && result.p99 > budget.maxP99Ms)
    failures.push(`${target.name}: p99 ${result.p99.toFixed(1)} ms > ${budget.maxP99Ms} ms`);
}

const header = ["endpoint", "req/s", "p50 ms", "p99 ms", "ratio", "RSS MB", "errors"];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
);
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ");
process.stdout.write(
  `Ankommen bench (${quick ? "quick" : "full"}): ${settings.extraUsers + 7} users, ${settings.concurrency} concurrent, ${settings.durationMs} ms per endpoint\n`,
);
process.stdout.write(`${line(header)}\n${rows.map(line).join("\n")}\n`);

await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
if (failures.length > 0) {
  process.stderr.write(`Budget missed:\n${failures.map((failure) => `  ${failure}`).join("\n")}\n`);
  process.exit(1);
}
process.exit(0);
