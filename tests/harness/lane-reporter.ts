import fs from "node:fs";
import path from "node:path";
import type { Reporter, SerializedError, TestModule, Vitest } from "vitest/node";
import { JsonReporter } from "vitest/reporters";
import { laneReportDir } from "./lanes.ts";

/**
 * Writes Vitest's own JSON report once per lane (project), so the verdict can tell an empty or unstarted lane
 * from a green one: the built-in JSON report names files, not projects, and every API file runs in two lanes.
 */
export default class LaneReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest) {
    this.vitest = vitest;
    fs.rmSync(laneReportDir, { recursive: true, force: true });
    fs.mkdirSync(laneReportDir, { recursive: true });
  }

  async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ) {
    const vitest = this.vitest;
    if (!vitest) return;
    const byLane = new Map<string, TestModule[]>();
    for (const project of vitest.projects) byLane.set(project.name, []);
    for (const module of testModules) byLane.get(module.project.name)?.push(module);
    for (const [lane, modules] of byLane) {
      const json = new JsonReporter({ outputFile: path.join(laneReportDir, `${lane}.json`) });
      json.onInit(vitest);
      await json.onTestRunEnd(modules);
    }
    fs.writeFileSync(
      path.join(laneReportDir, "unhandled-errors.json"),
      JSON.stringify(unhandledErrors.map((error) => error.message ?? String(error))),
    );
  }
}
