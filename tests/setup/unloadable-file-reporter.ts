import type { RunnerTestCase, RunnerTestFile } from "vitest";
import type { Reporter, TestModule } from "vitest/node";

/**
 * For mutation runs only. Stryker's vitest runner (9.6.1, stryker-js#6150) builds a mutant's verdict from
 * the tests it finds, and a test file whose import throws has none, so a mutant that stops a shared module
 * from loading (an invalid locale, a broken schema) counted as survived. This gives such a file one failed
 * test carrying its load error. Files that loaded are left alone.
 */
export class UnloadableFileAsFailedTest implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const testModule of testModules) {
      // The raw task is what Stryker reads from Vitest's state; the reporter API marks it internal.
      const file = (testModule as unknown as { task: RunnerTestFile }).task;
      if (file.result?.state !== "fail" || file.tasks.length > 0) continue;
      // Only the fields Stryker reads after the run; the rest of a test case exists only while it runs.
      const loading = {
        type: "test",
        id: `${file.id}_load`,
        name: "loads the test file",
        mode: "run",
        file,
        suite: file,
        meta: {},
        result: { state: "fail", errors: file.result.errors ?? [] },
      } as unknown as RunnerTestCase;
      file.tasks.push(loading);
    }
  }
}
