import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scopeOf } from "#shared/auth/permissions.ts";
import { consistentCounts, perturb, perturbationRow, publishedRange } from "#shared/stats/cell-key.ts";
import { csvField, toCsv } from "#shared/stats/csv.ts";
import { isGridPeriod, lastDayOf, monthsBetween, quarterOf, shiftMonth } from "#shared/stats/months.ts";
import { protectShare, published } from "#shared/stats/suppression.ts";

describe("perturbation table", () => {
  const counts = Array.from({ length: 40 }, (_, count) => count);

  it("keeps 0 at 0, never publishes a positive count as 0, and has mean = the true count in every row", () => {
    for (const count of counts) {
      const row = perturbationRow(count);
      expect(row.reduce((sum, [, percent]) => sum + percent, 0)).toBe(100);
      expect(row.reduce((sum, [value, percent]) => sum + value * percent, 0) / 100).toBeCloseTo(count, 10);
      if (count > 0) expect(row.every(([value]) => value >= 1)).toBe(true);
    }
    expect(perturbationRow(0)).toEqual([[0, 100]]);
    expect(consistentCounts(0)).toEqual({ min: 0, max: 0 });
  });

  it("moves counts from 9 on by at most 2", () => {
    expect(publishedRange(9)).toEqual({ min: 7, max: 11 });
    expect(publishedRange(120)).toEqual({ min: 118, max: 122 });
  });

  it("publishes every count of 1–4 only as values the next two counts could also give", () => {
    for (const count of [1, 2, 3, 4])
      for (const [value] of perturbationRow(count)) {
        const { min, max } = consistentCounts(value);
        expect(min <= count && count + 2 <= max, `${count} → ${value}: ${min}…${max}`).toBe(true);
      }
  });

  it("names as consistent exactly the counts whose row holds the value", () => {
    for (const value of counts.slice(0, -2)) {
      const holding = counts.filter((count) => perturbationRow(count).some(([shown]) => shown === value));
      const { min, max } = consistentCounts(value);
      expect(holding).toEqual(Array.from({ length: max - min + 1 }, (_, index) => min + index));
    }
    expect(consistentCounts(1)).toEqual({ min: 1, max: 6 });
    expect(consistentCounts(20)).toEqual({ min: 18, max: 22 });
  });

  it("draws each value with its share of cell keys", () => {
    expect(perturb(2, 0)).toBe(1);
    expect(perturb(2, 0.2499)).toBe(1);
    expect(perturb(2, 0.25)).toBe(2);
    expect(perturb(2, 0.9999)).toBe(3);
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (count, key) => {
          const value = perturb(count, key);
          return perturbationRow(count).some(([shown]) => shown === value);
        },
      ),
    );
  });
});

describe("published cells", () => {
  it("shows a published 1–4 as „< 5“ without its value and marks every region count as perturbed", () => {
    expect(published(3)).toEqual({ value: null, suppressed: true, perturbed: true });
    expect(published(0)).toEqual({ value: 0, suppressed: false, perturbed: true });
    expect(published(5)).toEqual({ value: 5, suppressed: false, perturbed: true });
    expect(protectShare(published(7), published(20))).toEqual({
      value: 35,
      suppressed: false,
      perturbed: true,
    });
    expect(protectShare(published(2), published(20))).toEqual({
      value: null,
      suppressed: true,
      perturbed: true,
    });
  });
});

describe("period grid", () => {
  it("allows calendar months, quarters and years only", () => {
    for (const [from, to] of [
      ["2026-03", "2026-03"],
      ["2026-04", "2026-06"],
      ["2026-10", "2026-12"],
      ["2026-01", "2026-12"],
    ] as const)
      expect(isGridPeriod(from, to), `${from}…${to}`).toBe(true);
    for (const [from, to] of [
      ["2026-01", "2026-02"],
      ["2026-02", "2026-04"],
      ["2026-11", "2027-01"],
      ["2026-02", "2027-01"],
      ["2025-01", "2026-12"],
    ] as const)
      expect(isGridPeriod(from, to), `${from}…${to}`).toBe(false);
  });
});

describe("CSV writer", () => {
  it("writes BOM, semicolons, CRLF, quotes where needed and „< 5“ for withheld cells", () => {
    expect(
      toCsv(
        ["Programm", "Eintritte"],
        [
          ['Sprachtage; "Nord"', { value: null, suppressed: true, perturbed: true }],
          ["Zeile\nzwei", 12.5],
          ["=SUMME(A1)", null],
        ],
      ),
    ).toBe(
      '\uFEFFProgramm;Eintritte\r\n"Sprachtage; ""Nord""";< 5\r\n"Zeile\nzwei";12,5\r\n\'=SUMME(A1);\r\n',
    );
    expect(csvField(" vorn")).toBe('" vorn"');
  });
});

describe("months", () => {
  it("lists, shifts and ends months across years and leap days", () => {
    expect(monthsBetween("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(shiftMonth("2025-01", -12)).toBe("2024-01");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2025-12")).toBe("2025-12-31");
    expect(quarterOf("2025-06")).toBe("2025-Q2");
  });
});

describe("statistics permission", () => {
  it("gives managers and admins the region, advisors their centre, employers nothing", () => {
    expect(scopeOf("manager", "read:stats")).toBe("any");
    expect(scopeOf("admin", "read:stats")).toBe("any");
    expect(scopeOf("advisor", "read:stats")).toBe("own");
    expect(scopeOf("employer", "read:stats")).toBeNull();
  });
});
