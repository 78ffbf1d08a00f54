export type LaneCounts = { passed: number; failed: number; skipped: number };

/** The part of Vitest's JSON report the verdict reads. */
export type JsonReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
};

export type Verdict = { line: string; ok: boolean; reasons: string[]; totals: LaneCounts };

export function countsOf(report: JsonReport): LaneCounts {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

export function verdictLine({ passed, failed, skipped }: LaneCounts): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
}

/**
 * Red when a test failed, a file failed outside its tests, no test ran, a lane has no report (it did not start)
 * or no passed test (a lane that skips everything is not green), an error escaped the tests, or Vitest itself
 * exited non-zero.
 */
export function judge(input: {
  lanes: readonly string[];
  reports: Record<string, JsonReport | undefined>;
  unhandledErrors: number;
  vitestExit: number | null;
}): Verdict {
  const totals: LaneCounts = { passed: 0, failed: 0, skipped: 0 };
  const reasons: string[] = [];
  for (const lane of input.lanes) {
    const report = input.reports[lane];
    if (!report) {
      reasons.push(`lane ${lane} wrote no report (it did not start or did not finish)`);
      continue;
    }
    const counts = countsOf(report);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    if (counts.passed === 0) reasons.push(`lane ${lane} has no passed test`);
    if (report.numFailedTestSuites > 0 && counts.failed === 0)
      reasons.push(`lane ${lane} has ${report.numFailedTestSuites} failed file(s) or suite(s)`);
  }
  if (totals.failed > 0) reasons.push(`${totals.failed} test(s) failed`);
  if (totals.passed + totals.failed === 0) reasons.push("no test ran");
  if (input.unhandledErrors > 0) reasons.push(`${input.unhandledErrors} error(s) outside the tests`);
  if (input.vitestExit !== null && input.vitestExit !== 0)
    reasons.push(`vitest exited with ${input.vitestExit}`);
  return { line: verdictLine(totals), ok: reasons.length === 0, reasons, totals };
}
