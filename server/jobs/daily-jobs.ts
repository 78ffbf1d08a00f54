import { todayInBerlin } from "#shared/time/calendar.ts";
import type { Db } from "../db/database.ts";
import type { Logger } from "../lib/logger.ts";
import { DIGEST_JOB, runDigest } from "../modules/digest/digest.service.ts";
import type { Mailer } from "../modules/mail/mail-transport.ts";
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

/** Today's digest mails to advisors, once across instances; each mail is claimed before it is sent (decision 0040). */
export const runDailyDigest = (
  runner: JobRunnerOptions,
  mailer: Mailer,
  today = todayInBerlin(),
): Promise<JobResult> =>
  runJobOnce({ maxAttempts: MAX_ATTEMPTS, ...runner }, DIGEST_JOB, today, (runId) =>
    runDigest(runner.db, mailer, runId, today),
  );

const berlinTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  hour: "2-digit",
  minute: "2-digit",
});

/** Whether today's run needs nobody any more: it succeeded, or failed as often as it may. */
async function settled(db: Db, job: string, today: string): Promise<boolean> {
  const run = await findRun(db, job, today);
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
  mailer: Mailer;
}): () => void {
  const runner = { db: options.db, instanceId: options.instanceId };
  const jobs = [
    { name: RETENTION_JOB, run: (today: string) => runDailyRetention(runner, today) },
    { name: DIGEST_JOB, run: (today: string) => runDailyDigest(runner, options.mailer, today) },
  ];
  let settledDay: string | null = null;
  let busy = false;
  const tick = async () => {
    const today = todayInBerlin();
    if (busy || settledDay === today || berlinTime.format(new Date()) < options.at) return;
    busy = true;
    try {
      let allSettled = true;
      for (const job of jobs) {
        const result = await job.run(today);
        if (result.status === "ran") options.logger.info(`${job.name} job finished`, result.outcome);
        if (result.status === "failed")
          options.logger.error(`${job.name} job failed`, { error: result.error });
        if (!(await settled(options.db, job.name, today))) allSettled = false;
      }
      if (allSettled) settledDay = today;
    } catch (error) {
      options.logger.error("daily jobs could not start", { error: String(error) });
    } finally {
      busy = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
