import { describe, expect, it } from "vitest";
import { csvField } from "#shared/stats/csv.ts";
import { firstDayOf, MonthSchema, monthCount, monthsBetween } from "#shared/stats/months.ts";
import { protectShare, published } from "#shared/stats/suppression.ts";

const hidden = { value: null, suppressed: true, perturbed: false };
const shown = (value: number | null) => ({ value, suppressed: false, perturbed: false });

describe("CSV numbers and texts", () => {
  it("writes numbers with a decimal comma, no thousands separator and at most two decimals", () => {
    expect(csvField(12345)).toBe("12345");
    expect(csvField(1.125)).toBe("1,13");
    expect(csvField(-3)).toBe("-3");
  });

  it("defuses only texts that start like a formula", () => {
    expect(csvField("+49 511")).toBe("'+49 511");
    expect(csvField("@home")).toBe("'@home");
    expect(csvField("Summe=5")).toBe("Summe=5");
    expect(csvField("A-B")).toBe("A-B");
  });
});

describe("statistics months", () => {
  it("accepts months of the years 1900 to 2199 as YYYY-MM", () => {
    for (const month of ["1900-01", "2026-12", "2199-10"]) expect(MonthSchema.parse(month)).toBe(month);
  });

  it.each([
    "2026-1",
    "2026-13",
    "2026-00",
    "x2026-01",
    "2026-011",
    "20a6-01",
    "1899-12",
    "2200-01",
    "2026-1a",
  ])("refuses %j with the German format hint", (month) => {
    const result = MonthSchema.safeParse(month);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Monat im Format JJJJ-MM angeben");
  });

  it("starts a month on its first day and counts months inclusively", () => {
    expect(firstDayOf("2026-03")).toBe("2026-03-01");
    expect(monthCount("2025-11", "2026-02")).toBe(4);
    expect(monthCount("2026-02", "2026-02")).toBe(1);
    expect(monthsBetween("2026-03", "2026-01")).toEqual([]);
  });
});

describe("single counts and shares", () => {
  it("publishes a perturbed region count of 1–4 as '< 5', and 0 and 5 as they are", () => {
    expect(published(3)).toEqual({ value: null, suppressed: true, perturbed: true });
    expect(published(1)).toEqual({ value: null, suppressed: true, perturbed: true });
    expect(published(4)).toEqual({ value: null, suppressed: true, perturbed: true });
    expect(published(0)).toEqual({ value: 0, suppressed: false, perturbed: true });
    expect(published(5)).toEqual({ value: 5, suppressed: false, perturbed: true });
  });

  it("marks a share of a perturbed count as perturbed", () => {
    const region = published(8);
    expect(protectShare(region, published(16))).toEqual({ value: 50, suppressed: false, perturbed: true });
    expect(protectShare(published(2), region)).toEqual({ value: null, suppressed: true, perturbed: true });
  });

  it("gives a share in percent with one decimal", () => {
    expect(protectShare(shown(1), shown(3))).toEqual(shown(33.3));
    expect(protectShare(shown(2), shown(3))).toEqual(shown(66.7));
  });

  it("withholds a share when its numerator or its denominator is withheld", () => {
    expect(protectShare(hidden, shown(40))).toEqual(hidden);
    expect(protectShare(shown(40), hidden)).toEqual(hidden);
  });

  it("has no share of nothing", () => {
    expect(protectShare(shown(0), shown(0))).toEqual(shown(null));
    expect(protectShare(shown(null), shown(8))).toEqual(shown(null));
    expect(protectShare(shown(0), shown(8))).toEqual(shown(0));
  });
});
