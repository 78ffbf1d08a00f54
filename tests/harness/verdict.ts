import fs from "node:fs";
import path from "node:path";
import { laneReportDir, lanes } from "./lanes.ts";
import { type JsonReport, judge } from "./verdict-rules.ts";

/**
 * `tsx tests/harness/verdict.ts [--vitest-exit=N]`: reads the per-lane JSON reports of the last `npm test`,
 * prints one line per lane and, last, `N passed, N failed[, N skipped]`; exits 1 when the run is not green.
 */
function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

const exitArg = process.argv.find((arg) => arg.startsWith("--vitest-exit="));
const vitestExit = exitArg ? Number(exitArg.slice("--vitest-exit=".length)) : null;
const reports = Object.fromEntries(
  lanes.map((lane) => [lane, readJson<JsonReport>(path.join(laneReportDir, `${lane}.json`))]),
);
const unhandled = readJson<string[]>(path.join(laneReportDir, "unhandled-errors.json"));
const verdict = judge({
  lanes,
  reports,
  unhandledErrors: unhandled ? unhandled.length : 0,
  vitestExit: Number.isNaN(vitestExit) ? 1 : vitestExit,
});

for (const lane of lanes) {
  const report = reports[lane];
  console.log(
    report
      ? `lane ${lane}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`
      : `lane ${lane}: no report`,
  );
}
for (const reason of verdict.reasons) console.log(`red: ${reason}`);
console.log(verdict.line);
process.exit(verdict.ok ? 0 : 1);
