import type { RetentionBasis, RetentionEntry } from "#shared/schemas/retention.ts";
import { addDays, addYears, todayInBerlin } from "#shared/time/calendar.ts";
import type { RetentionCandidateRow } from "./retention.repository.ts";

/** The SQL pre-filter for persons due by `horizonOn` (a day of slack; `dueEntry` decides exactly). */
export function candidateBounds(horizonOn: string, years: number) {
  const caseClosedBy = addDays(addYears(horizonOn, -years), 1);
  return { horizonOn, caseClosedBy, changedBefore: addDays(caseClosedBy, 2) };
}

/**
 * The retention rule (decision 0028): N years after the last case closed, or after the last change to a
 * person without a closed case; a postponement replaces that day. Null when not due by `horizonOn`.
 */
export function dueEntry(
  row: RetentionCandidateRow,
  years: number,
  today: string,
  horizonOn: string,
): Omit<RetentionEntry, "holds"> | null {
  const basis: RetentionBasis = row.support_until ? "case_closed" : "last_activity";
  const basisOn = row.support_until ?? todayInBerlin(new Date(row.updated_at));
  const ruleDueOn = addYears(basisOn, years);
  const dueOn = row.postponed_due_on ?? ruleDueOn;
  if (dueOn > horizonOn) return null;
  return {
    personId: row.id,
    familyName: row.family_name,
    givenNames: row.given_names,
    basis,
    basisOn,
    ruleDueOn,
    dueOn,
    overdue: dueOn < today,
    postponement:
      row.postponed_due_on && row.postponed_reason !== null && row.postponed_at
        ? {
            dueOn: row.postponed_due_on,
            reason: row.postponed_reason,
            postponedAt: row.postponed_at,
            postponedBy: row.postponed_by_name ?? "",
          }
        : null,
  };
}

export const byDueDateThenName = (a: RetentionEntry, b: RetentionEntry) =>
  a.dueOn.localeCompare(b.dueOn) ||
  a.familyName.localeCompare(b.familyName, "de") ||
  a.givenNames.localeCompare(b.givenNames, "de");
