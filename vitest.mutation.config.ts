import { defineConfig } from "vitest/config";
import { UnloadableFileAsFailedTest } from "./tests/setup/unloadable-file-reporter.ts";

// The unit lane alone, for Stryker: the root config's four projects would pull the API and browser
// lanes into every mutant run. The client budget test needs a built client and mutates nothing here.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    exclude: ["tests/unit/client-budget.test.ts"],
    environment: "node",
    reporters: ["default", new UnloadableFileAsFailedTest()],
  },
});
