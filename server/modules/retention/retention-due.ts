import type { RetentionEntry } from "#shared/schemas/retention.ts";
import type { CentreScope } from "../../db/centre-scope.ts";
import { legalHoldsOf } from "../anonymisation/legal-hold.ts";
import { listRetentionCandidates } from "./retention.repository.ts";
import { byDueDateThenName, candidateBounds, dueEntry } from "./retention-rule.ts";

/** An entry with the version of the person it was computed from, so the job anonymises only that state. */
export type DueEntry = RetentionEntry & { version: number };

/** Everyone due by `horizonOn` with their legal holds, overdue first. */
export async function dueByDay(
  scope: CentreScope,
  years: number,
  today: string,
  horizonOn: string,
): Promise<DueEntry[]> {
  const rows = await listRetentionCandidates(scope, candidateBounds(horizonOn, years));
  const entries: DueEntry[] = [];
  for (const row of rows) {
    const entry = dueEntry(row, years, today, horizonOn);
    if (entry)
      entries.push({ ...entry, version: row.version, holds: await legalHoldsOf(scope, row.id, today) });
  }
  return entries.sort(byDueDateThenName);
}
