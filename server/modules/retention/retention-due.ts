import type { RetentionEntry } from "../../../shared/schemas/retention.ts";
import type { CentreScope } from "../../db/centre-scope.ts";
import { legalHoldsOf } from "../anonymisation/legal-hold.ts";
import { listRetentionCandidates } from "./retention.repository.ts";
import { byDueDateThenName, candidateBounds, dueEntry } from "./retention-rule.ts";

/** Everyone due by `horizonOn` with their legal holds, overdue first. */
export async function dueByDay(
  scope: CentreScope,
  years: number,
  today: string,
  horizonOn: string,
): Promise<RetentionEntry[]> {
  const rows = await listRetentionCandidates(scope, candidateBounds(horizonOn, years));
  const entries: RetentionEntry[] = [];
  for (const row of rows) {
    const entry = dueEntry(row, years, today, horizonOn);
    if (entry) entries.push({ ...entry, holds: await legalHoldsOf(scope, row.id, today) });
  }
  return entries.sort(byDueDateThenName);
}
