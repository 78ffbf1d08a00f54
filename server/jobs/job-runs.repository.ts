import type { Insertable } from "kysely";
import type { DbOrTx, JobRunsTable } from "../db/database.ts";

/** One row per job and run key: the insert that creates it is the claim, only one instance wins it. */
export async function insertRunIfAbsent(db: DbOrTx, row: Insertable<JobRunsTable>): Promise<boolean> {
  const result = await db
    .insertInto("job_runs")
    .values(row)
    .onConflict((conflict) => conflict.columns(["job", "run_key"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/**
 * Takes over a run whose lease ran out (its instance died) or that failed, as one conditional update:
 * of several instances trying at once, the first one's update makes the condition false for the others.
 */
export async function takeOverRun(
  db: DbOrTx,
  claim: {
    job: string;
    runKey: string;
    instanceId: string;
    now: string;
    leaseUntil: string;
    maxAttempts: number;
  },
): Promise<JobRunsTable | undefined> {
  const result = await db
    .updateTable("job_runs")
    .set((eb) => ({
      status: "running",
      instance_id: claim.instanceId,
      started_at: claim.now,
      lease_until: claim.leaseUntil,
      finished_at: null,
      error: null,
      attempts: eb("attempts", "+", 1),
    }))
    .where("job", "=", claim.job)
    .where("run_key", "=", claim.runKey)
    .where("attempts", "<", claim.maxAttempts)
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", "running"), eb("lease_until", "<", claim.now)]),
        eb("status", "=", "failed"),
      ]),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return findRun(db, claim.job, claim.runKey);
}

export const findRun = (db: DbOrTx, job: string, runKey: string) =>
  db
    .selectFrom("job_runs")
    .selectAll()
    .where("job", "=", job)
    .where("run_key", "=", runKey)
    .executeTakeFirst();

/** Extends the lease while the run is still this instance's; false once another instance took it over. */
export async function extendLease(db: DbOrTx, id: string, instanceId: string, leaseUntil: string) {
  const result = await db
    .updateTable("job_runs")
    .set({ lease_until: leaseUntil })
    .where("id", "=", id)
    .where("instance_id", "=", instanceId)
    .where("status", "=", "running")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function finishRun(
  db: DbOrTx,
  id: string,
  instanceId: string,
  end: { status: "succeeded" | "failed"; finishedAt: string; outcome: string | null; error: string | null },
) {
  await db
    .updateTable("job_runs")
    .set({ status: end.status, finished_at: end.finishedAt, outcome: end.outcome, error: end.error })
    .where("id", "=", id)
    .where("instance_id", "=", instanceId)
    .execute();
}

export const latestRun = (db: DbOrTx, job: string) =>
  db
    .selectFrom("job_runs")
    .selectAll()
    .where("job", "=", job)
    .orderBy("started_at", "desc")
    .limit(1)
    .executeTakeFirst();
