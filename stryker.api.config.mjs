// @ts-check
import base from "./stryker.config.mjs";

/**
 * Server rules against the api-sqlite lane. Slow (every mutant replays HTTP tests on a real database):
 * run it for one file at a time, e.g.
 * `npm run test:mutation:api -- --mutate server/modules/placements/placement-transition.ts`.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
  ...base,
  vitest: { configFile: "vitest.mutation-api.config.ts", related: true },
  mutate: [
    "server/modules/**/*.service.ts",
    "server/modules/placements/placement-transition.ts",
    "server/modules/persons/residence-permit-tasks.ts",
  ],
  timeoutMS: 60_000,
  incrementalFile: "reports/mutation-api/incremental.json",
  htmlReporter: { fileName: "reports/mutation-api/index.html" },
  jsonReporter: { fileName: "reports/mutation-api/mutation.json" },
};
