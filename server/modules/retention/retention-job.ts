import type { JobRunSummary } from "#shared/schemas/retention.ts";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { latestRun } from "../../jobs/job-runs.repository.ts";
import { nowIso } from "../../lib/time.ts";
import { anonymisePerson } from "../anonymisation/anonymise.service.ts";
import * as retention from "./retention.repository.ts";
import { dueByDay } from "./retention-due.ts";

export const RETENTION_JOB = "retention";

export type RetentionRunOutcome = { anonymised: number; held: number; skipped: number; conflicts: number };

/**
 * The daily retention job (runs once across instances through runJobOnce): every centre's persons due
 * today or earlier are anonymised, each in its own transaction with its retention record and audit entry.
 */
export async function runRetention(db: Db, runId: string, today: string): Promise<RetentionRunOutcome> {
  const outcome: RetentionRunOutcome = { anonymised: 0, held: 0, skipped: 0, conflicts: 0 };
  for (const centreId of await retention.allCentreIds(db)) {
    const scope = centreScope(db, centreId);
    const years = (await retention.retentionYearsOf(db, centreId)) ?? 3;
    for (const entry of await dueByDay(scope, years, today, today)) {
      if (entry.holds.length > 0) {
        outcome.held++;
        continue;
      }
      const status = await scope.transaction(async (tx) => {
        // One audit entry per person: anonymisePerson writes it (by: retention_job), under the run's request id.
        const result = await anonymisePerson(tx, entry.personId, {
          reason: `Löschfrist abgelaufen (${entry.basis === "case_closed" ? "letzter Fall abgeschlossen" : "letzte Aktivität"}, fällig am ${entry.dueOn})`,
          actorUserId: null,
          expectedVersion: entry.version,
          requestId: `job:${runId}`,
          today,
        });
        if (result.status !== "anonymised") return result.status;
        await retention.insertAnonymisation(tx, {
          person_id: entry.personId,
          centre_id: centreId,
          job_run_id: runId,
          anonymised_at: nowIso(),
        });
        return result.status;
      });
      if (status === "anonymised") outcome.anonymised++;
      else if (status === "legal_hold") outcome.held++;
      else if (status === "version_conflict") outcome.conflicts++;
      else outcome.skipped++;
    }
  }
  return outcome;
}

export async function latestRetentionRun(scope: CentreScope): Promise<JobRunSummary | null> {
  const run = await latestRun(scope.db, RETENTION_JOB);
  if (!run) return null;
  return {
    runKey: run.run_key,
    status: run.status === "succeeded" || run.status === "failed" ? run.status : "running",
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    anonymised: await retention.countAnonymisedInRun(scope, run.id),
  };
}
