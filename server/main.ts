import type { ServerResponse } from "node:http";
import { hostname } from "node:os";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { openMigratedDatabase } from "./bootstrap.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { onCrossCentre } from "./db/cross-centre.ts";
import { startDailyJobs } from "./jobs/daily-jobs.ts";
import { clientDist, ensureClientBuild } from "./lib/client-build.ts";
import { newId } from "./lib/ids.ts";
import { createLogger } from "./lib/logger.ts";
import { purgeExpiredIdempotencyKeys } from "./middleware/idempotency.ts";
import { createReadAuditLog } from "./modules/audit/read-audit.ts";
import { sweepExpiringDocuments } from "./modules/documents/documents-sweep.cross-centre.ts";
import { createMailer } from "./modules/mail/mail.service.ts";
import { sweepExpiringResidencePermits } from "./modules/persons/residence-permit-sweep.cross-centre.ts";
import { purgeExpiredSessions } from "./modules/sessions/sessions.service.ts";
import { purgeStaleThrottles } from "./modules/sessions/throttle.service.ts";
import { seedDemo } from "./seed/demo.ts";
import { DEMO_PASSWORD, demoSecondFactorSecrets, demoUsers } from "./seed/demo-accounts.ts";

const SHUTDOWN_TIMEOUT_MS = 10_000;
const DRAIN_MS = 1_000;
/** The server closes only once no request has been running for this long (after the drain). */
const QUIET_MS = 200;
const SWEEP_INTERVAL_MS = 60 * 60_000;

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  onCrossCentre((purpose) => logger.debug("cross-centre query", { purpose }));
  const say = (line: string) => process.stdout.write(`${line}\n`);

  const database = await openMigratedDatabase(config);
  const seeded = config.env !== "production" && (await seedDemo(database.db));
  // `npm run dev` serves the client from Vite's dev server, which proxies /api here.
  const serveBuiltClient = !process.argv.includes("--api-only");
  if (serveBuiltClient && config.env !== "test") ensureClientBuild(say);

  /** Hourly upkeep: planner statistics, expired sessions, counters and idempotency keys, expiring permits. */
  const sweep = async () => {
    try {
      database.maintain();
      await purgeExpiredSessions(database.db);
      await purgeStaleThrottles(database.db);
      await purgeExpiredIdempotencyKeys(database.db);
      const created = await sweepExpiringResidencePermits(database.db);
      if (created > 0) logger.info("permit expiry tasks created", { created });
      const documentTasks = await sweepExpiringDocuments(database.db);
      if (documentTasks > 0) logger.info("document expiry tasks created", { created: documentTasks });
    } catch (error) {
      logger.error("maintenance failed", { error: String(error) });
    }
  };
  await sweep();
  const sweepTimer = setInterval(sweep, SWEEP_INTERVAL_MS);
  sweepTimer.unref();

  const mailer = createMailer(config, logger);
  const stopDailyJobs = config.jobsEnabled
    ? startDailyJobs({
        db: database.db,
        mailer,
        instanceId: `${hostname()}:${process.pid}:${newId()}`,
        logger,
        at: config.jobsDailyAt,
      })
    : () => undefined;

  const readAudit = createReadAuditLog(database.db, { groupWindowMs: config.auditReadGroupMs, logger });
  const app = createApp({
    db: database.db,
    dialect: database.dialect,
    config,
    logger,
    readAudit,
    mailer,
    clientDir: serveBuiltClient ? clientDist : undefined,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const where = database.dialect === "sqlite" ? database.sqliteFile : "PostgreSQL (DATABASE_URL)";
    say(`Ankommen läuft auf http://localhost:${info.port}  (Datenbank: ${where})`);
    if (!serveBuiltClient) say("Nur API: die Oberfläche liefert Vite unter http://localhost:5173 aus.");
    if (config.env !== "production") {
      if (seeded) say("Demo-Daten wurden geladen.");
      say(`Demo-Anmeldungen (Passwort für alle: ${DEMO_PASSWORD}):`);
      for (const user of demoUsers) {
        const secret = demoSecondFactorSecrets[user.email];
        say(`  ${user.role.padEnd(9)} ${user.email}${secret ? `  TOTP-Schlüssel ${secret}` : ""}`);
      }
      say("Aktueller Code für ein Demo-Konto: npm run demo:code -- <E-Mail>");
    }
  });

  // Requests in flight, so shutdown waits for them and for connections still queued behind them: closing
  // the listener while the event loop is busy would reset connections the kernel accepted but Node has not.
  let inFlight = 0;
  let lastActivity = Date.now();
  server.on("request", (_request, response: ServerResponse) => {
    inFlight++;
    lastActivity = Date.now();
    response.on("close", () => {
      inFlight--;
      lastActivity = Date.now();
    });
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweepTimer);
    stopDailyJobs();
    mailer.transport.close();
    logger.info("shutting down", { signal });
    // Reads waiting for their audit group are answered now, not after the drain.
    void readAudit.close();
    const force = setTimeout(() => {
      logger.error("shutdown timed out, exiting");
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    force.unref();
    // Closing at once would also close keep-alive sockets on which a request is already on its way
    // (the client then sees "other side closed"). First every answer tells the client to close,
    // then, after a short drain, the server stops and closes what is still idle.
    server.on("request", (_request, response: ServerResponse) => response.setHeader("Connection", "close"));
    const closeWhenQuiet = () => {
      if (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
        setTimeout(closeWhenQuiet, 50);
        return;
      }
      server.close(async () => {
        await readAudit.close();
        await database.close();
        logger.info("stopped");
        process.exit(0);
      });
    };
    setTimeout(closeWhenQuiet, DRAIN_MS);
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Ankommen could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  process.exit(1);
});
