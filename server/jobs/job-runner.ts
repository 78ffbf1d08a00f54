import type { Db } from "../db/database.ts";
import { newId } from "../lib/ids.ts";
import { addMs, nowIso } from "../lib/time.ts";
import { extendLease, finishRun, insertRunIfAbsent, takeOverRun } from "./job-runs.repository.ts";

export type JobRunnerOptions = {
  db: Db;
  /** Names this process in `job_runs.instance_id`, so a lease is only ever extended by its holder. */
  instanceId: string;
  leaseMs?: number;
  /** A failed or abandoned run is tried again until it has been started this many times. */
  maxAttempts?: number;
};

export type JobOutcome = Record<string, number>;
export type JobResult =
  | { status: "ran"; runId: string; outcome: JobOutcome }
  | { status: "failed"; runId: string; error: string }
  | { status: "skipped" };

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * Runs `work` for one job and run key at most once across every instance on the database (decision 0028):
 * the instance whose insert of the `job_runs` row succeeds runs it; the others skip. A heartbeat extends
 * the lease; a run whose lease ran out, or that failed, is taken over by the next instance that asks.
 */
export async function runJobOnce(
  options: JobRunnerOptions,
  job: string,
  runKey: string,
  work: (runId: string) => Promise<JobOutcome>,
): Promise<JobResult> {
  const { db, instanceId } = options;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const now = nowIso();
  const leaseUntil = addMs(now, leaseMs);
  let runId = newId();
  const inserted = await insertRunIfAbsent(db, {
    id: runId,
    job,
    run_key: runKey,
    status: "running",
    instance_id: instanceId,
    attempts: 1,
    started_at: now,
    lease_until: leaseUntil,
    finished_at: null,
    outcome: null,
    error: null,
  });
  if (!inserted) {
    const taken = await takeOverRun(db, {
      job,
      runKey,
      instanceId,
      now,
      leaseUntil,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    });
    if (!taken) return { status: "skipped" };
    runId = taken.id;
  }

  const heartbeat = setInterval(
    () => {
      void extendLease(db, runId, instanceId, addMs(nowIso(), leaseMs)).catch(() => undefined);
    },
    Math.max(50, Math.floor(leaseMs / 3)),
  );
  heartbeat.unref();
  try {
    const outcome = await work(runId);
    await finishRun(db, runId, instanceId, {
      status: "succeeded",
      finishedAt: nowIso(),
      outcome: JSON.stringify(outcome),
      error: null,
    });
    return { status: "ran", runId, outcome };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishRun(db, runId, instanceId, {
      status: "failed",
      finishedAt: nowIso(),
      outcome: null,
      error: message.slice(0, 1000),
    });
    return { status: "failed", runId, error: message };
  } finally {
    clearInterval(heartbeat);
  }
}
