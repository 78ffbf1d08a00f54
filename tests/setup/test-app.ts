import { afterAll } from "vitest";
import { createApp } from "#server/app.ts";
import { type Config, loadConfig } from "#server/config.ts";
import { createLogger } from "#server/lib/logger.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

export const ORIGIN = "http://localhost";

export type TestApp = ReturnType<typeof createApp>;

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", DATA_DIR: "unused" }), ...overrides };
}

export function buildApp(database: TestDatabase, overrides: Partial<Config> = {}): TestApp {
  return createApp({
    db: database.db,
    dialect: database.dialect,
    config: testConfig(overrides),
    logger: createLogger(process.env.TEST_LOG ? "debug" : "silent"),
  });
}

/** One migrated database and app per test file, closed after the file. */
export async function setupTestApp(overrides: Partial<Config> = {}) {
  const database = await createTestDatabase();
  afterAll(() => database.close());
  return { database, db: database.db, app: buildApp(database, overrides) };
}
