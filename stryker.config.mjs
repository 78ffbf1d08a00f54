// @ts-check
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  mutate: ["shared/**/*.ts"],
  coverageAnalysis: "perTest",
  concurrency: 1,
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
  tempDirName: ".stryker-tmp",
  // Stryker rewrites tsconfig paths with the TypeScript JS API, which TypeScript 7 no longer ships.
  // Our tsconfig only extends a file inside the sandbox, so there is nothing to rewrite: point it away.
  tsconfigFile: "tsconfig.stryker-none.json",
  ignorePatterns: ["dist", "data", "coverage", "bench/.data", "test-results", "reports"],
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
};
