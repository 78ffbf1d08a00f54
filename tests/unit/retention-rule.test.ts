import { describe, expect, it } from "vitest";
import type { RetentionCandidateRow } from "#server/modules/retention/retention.repository.ts";
import { candidateBounds, dueEntry } from "#server/modules/retention/retention-rule.ts";
import { addYears } from "#shared/time/calendar.ts";

const row = (overrides: Partial<RetentionCandidateRow>): RetentionCandidateRow => ({
  id: "p1",
  family_name: "Haddad",
  given_names: "Rami",
  version: 1,
  support_until: null,
  updated_at: "2023-06-01T10:00:00.000Z",
  postponed_due_on: null,
  postponed_reason: null,
  postponed_at: null,
  postponed_by_name: null,
  ...overrides,
});

describe("the retention rule", () => {
  it("adds whole years, 29 February becoming 28 February", () => {
    expect(addYears("2023-12-02", 3)).toBe("2026-12-02");
    expect(addYears("2024-02-29", 3)).toBe("2027-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2026-12-31", -3)).toBe("2023-12-31");
  });

  it("counts from the last closed case, else from the last change (Berlin day)", () => {
    expect(dueEntry(row({ support_until: "2023-11-20" }), 3, "2026-12-02", "2027-01-01")).toMatchObject({
      basis: "case_closed",
      basisOn: "2023-11-20",
      dueOn: "2026-11-20",
      overdue: true,
    });
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(
      dueEntry(row({ updated_at: "2023-12-31T23:30:00.000Z" }), 3, "2026-12-02", "2027-01-01"),
    ).toMatchObject({ basis: "last_activity", basisOn: "2024-01-01", dueOn: "2027-01-01", overdue: false });
  });

  it("lets a postponement replace the day, and leaves out who is due after the horizon", () => {
    const postponed = row({
      support_until: "2023-11-20",
      postponed_due_on: "2026-12-20",
      postponed_reason: "Verfahren",
      postponed_at: "2026-11-30T10:00:00.000Z",
      postponed_by_name: "Jana Wiechmann",
    });
    expect(dueEntry(postponed, 3, "2026-12-02", "2027-01-01")).toMatchObject({
      ruleDueOn: "2026-11-20",
      dueOn: "2026-12-20",
      overdue: false,
      postponement: { dueOn: "2026-12-20", reason: "Verfahren", postponedBy: "Jana Wiechmann" },
    });
    expect(
      dueEntry({ ...postponed, postponed_due_on: "2027-03-01" }, 3, "2026-12-02", "2027-01-01"),
    ).toBeNull();
    expect(dueEntry(row({ support_until: "2024-01-02" }), 3, "2026-12-02", "2027-01-01")).toBeNull();
  });

  it("pre-filters generously enough for every day the rule makes due", () => {
    const bounds = candidateBounds("2027-01-01", 3);
    expect(bounds.caseClosedBy >= "2024-01-01").toBe(true);
    expect(`${bounds.changedBefore}T00:00:00.000Z` > "2024-01-01T23:30:00.000Z").toBe(true);
  });
});
