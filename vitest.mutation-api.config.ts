import { defineConfig } from "vitest/config";
import { UnloadableFileAsFailedTest } from "./tests/setup/unloadable-file-reporter.ts";

// The api-sqlite lane for Stryker: in-process HTTP tests against SQLite. tests/sqlite is left out: it
// starts real server processes, where Stryker can neither switch mutants nor see coverage.
export default defineConfig({
  test: {
    include: ["tests/api/**/*.test.ts"],
    env: { TEST_DB: "sqlite" },
    globalSetup: ["tests/setup/sqlite-template.ts"],
    testTimeout: 20_000,
    reporters: ["default", new UnloadableFileAsFailedTest()],
  },
});
