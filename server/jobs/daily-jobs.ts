import { todayInBerlin } from "../../shared/time/calendar.ts";
import type { Db } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";
import { RETENTION_JOB, runRetention } from "../modules/retention/retention-job.ts";
import { type JobResult, type JobRunnerOptions, runJobOnce } from "./job-runner.ts";
import { findRun } from "./job-runs.repository.ts";

const MAX_ATTEMPTS = 3;
const TICK_MS = 5 * 60_000;

/** Today's retention run, unless another instance has it or had it (decision 0028). */
export const runDailyRetention = (runner: JobRunnerOptions, today = todayInBerlin()): Promise<JobResult> =>
  runJobOnce({ maxAttempts: MAX_ATTEMPTS, ...runner }, RETENTION_JOB, today, (runId) =>
    runRetention(runner.db, runId, today),
  );

const berlinTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  hour: "2-digit",
  minute: "2-digit",
});

/** Whether today's run needs nobody any more: it succeeded, or failed as often as it may. */
async function settled(db: Db, today: string): Promise<boolean> {
  const run = await findRun(db, RETENTION_JOB, today);
  return (
    run !== undefined &&
    (run.status === "succeeded" || (run.status === "failed" && run.attempts >= MAX_ATTEMPTS))
  );
}

/**
 * Every instance asks every few minutes once the configured time of day (Berlin) has passed; only one
 * wins the day's run, the others see it settled, or take it over when its instance died. Returns the stop.
 */
export function startDailyJobs(options: {
  db: Db;
  instanceId: string;
  logger: Logger;
  at: string;
}): () => void {
  let settledDay: string | null = null;
  let busy = false;
  const tick = async () => {
    const today = todayInBerlin();
    if (busy || settledDay === today || berlinTime.format(new Date()) < options.at) return;
    busy = true;
    try {
      const result = await runDailyRetention({ db: options.db, instanceId: options.instanceId }, today);
      if (result.status === "ran") options.logger.info("retention job finished", result.outcome);
      if (result.status === "failed") options.logger.error("retention job failed", { error: result.error });
      if (await settled(options.db, today)) settledDay = today;
    } catch (error) {
      options.logger.error("retention job could not start", { error: String(error) });
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
