import { describe, expect, it } from "vitest";
import { type JsonReport, judge } from "../harness/verdict-rules.ts";

const lanes = ["unit", "api-sqlite", "api-postgres", "e2e"];
const report = (passed: number, failed = 0, skipped = 0, failedFiles = 0): JsonReport => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: skipped,
  numTodoTests: 0,
  numFailedTestSuites: failedFiles + (failed > 0 ? 1 : 0),
});
const green = { unit: report(10), "api-sqlite": report(20), "api-postgres": report(20), e2e: report(5) };

describe("the test verdict", () => {
  it("is green with one plain line when every lane passed", () => {
    const verdict = judge({ lanes, reports: green, unhandledErrors: 0, vitestExit: 0 });
    expect(verdict).toMatchObject({ ok: true, line: "55 passed, 0 failed", reasons: [] });
  });

  it("counts skipped tests only when there are any", () => {
    const verdict = judge({
      lanes,
      reports: { ...green, e2e: report(5, 0, 2) },
      unhandledErrors: 0,
      vitestExit: 0,
    });
    expect(verdict.line).toBe("55 passed, 0 failed, 2 skipped");
    expect(verdict.ok).toBe(true);
  });

  it("is red when a test failed in any lane", () => {
    const verdict = judge({
      lanes,
      reports: { ...green, "api-postgres": report(19, 1) },
      unhandledErrors: 0,
      vitestExit: 1,
    });
    expect(verdict.line).toBe("54 passed, 1 failed");
    expect(verdict.ok).toBe(false);
    expect(verdict.reasons).toContain("1 test(s) failed");
  });

  it("is red when a lane started and skipped everything", () => {
    const verdict = judge({
      lanes,
      reports: { ...green, e2e: report(0, 0, 5) },
      unhandledErrors: 0,
      vitestExit: 0,
    });
    expect(verdict.ok).toBe(false);
    expect(verdict.reasons).toEqual(["lane e2e has no passed test"]);
  });

  it("is red when a lane wrote no report", () => {
    const { e2e: _, ...withoutBrowser } = green;
    const verdict = judge({ lanes, reports: withoutBrowser, unhandledErrors: 0, vitestExit: 0 });
    expect(verdict.ok).toBe(false);
    expect(verdict.reasons[0]).toMatch(/^lane e2e wrote no report/);
  });

  it("is red when no test ran at all", () => {
    const empty = { unit: report(0), "api-sqlite": report(0), "api-postgres": report(0), e2e: report(0) };
    const verdict = judge({ lanes, reports: empty, unhandledErrors: 0, vitestExit: 0 });
    expect(verdict.line).toBe("0 passed, 0 failed");
    expect(verdict.reasons).toContain("no test ran");
  });

  it("is red when a file failed outside its tests, an error escaped, or Vitest exited non-zero", () => {
    const brokenFile = judge({
      lanes,
      reports: { ...green, unit: report(10, 0, 0, 1) },
      unhandledErrors: 0,
      vitestExit: 0,
    });
    expect(brokenFile.reasons).toEqual(["lane unit has 1 failed file(s) or suite(s)"]);
    expect(judge({ lanes, reports: green, unhandledErrors: 2, vitestExit: 0 }).reasons).toEqual([
      "2 error(s) outside the tests",
    ]);
    expect(judge({ lanes, reports: green, unhandledErrors: 0, vitestExit: 1 }).reasons).toEqual([
      "vitest exited with 1",
    ]);
  });
});
