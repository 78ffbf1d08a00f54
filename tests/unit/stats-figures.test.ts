import { describe, expect, it } from "vitest";
import { csvField } from "../../shared/stats/csv.ts";
import { firstDayOf, MonthSchema, monthCount, monthsBetween } from "../../shared/stats/months.ts";
import { protectCount, protectGrid, protectShare } from "../../shared/stats/suppression.ts";

const hidden = { value: null, suppressed: true };
const shown = (value: number | null) => ({ value, suppressed: false });

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

describe("protectGrid totals", () => {
  it("sums rows, columns and the grand total of a table that is not square", () => {
    const grid = protectGrid(
      [
        [10, 20, 30],
        [5, 6, 7],
      ],
      { rowTotals: true, columnTotals: true, grandTotal: true },
      true,
    );
    expect(grid.rowTotals).toEqual([shown(60), shown(18)]);
    expect(grid.columnTotals).toEqual([shown(15), shown(26), shown(37)]);
    expect(grid.grandTotal).toEqual(shown(78));
    expect(grid.cells.flat().every((cell) => !cell.suppressed)).toBe(true);
  });

  it("answers an empty table with a zero grand total", () => {
    expect(protectGrid([], { columnTotals: true, grandTotal: true }, true)).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      grandTotal: shown(0),
    });
  });

  it("withholds 1–4 but shows 5 and 0", () => {
    const grid = protectGrid([[5, 0, 12]], {}, true);
    expect(grid.cells[0]).toEqual([shown(5), shown(0), shown(12)]);
    expect(protectGrid([[4, 9]], {}, true).cells[0]).toEqual([hidden, shown(9)]);
  });

  it("withholds a small published total even when its cells are withheld already", () => {
    const grid = protectGrid([[1, 2]], { rowTotals: true }, true);
    expect(grid.cells[0]).toEqual([hidden, hidden]);
    expect(grid.rowTotals[0]).toEqual(hidden);
  });
});

describe("secondary suppression", () => {
  it("needs no second cell in a line whose total is not published", () => {
    const grid = protectGrid([[1, 7]], {}, true);
    expect(grid.cells[0]).toEqual([hidden, shown(7)]);
  });

  it("withholds the smallest other count in a row whose total is published", () => {
    const grid = protectGrid([[3, 9, 6, 0]], { rowTotals: true }, true);
    expect(grid.cells[0]).toEqual([hidden, shown(9), hidden, shown(0)]);
    expect(grid.rowTotals[0]).toEqual(shown(18));
  });

  it("withholds in columns only when column totals are published", () => {
    const counts = [[2], [8], [9]];
    expect(protectGrid(counts, { rowTotals: true }, true).cells.map(([cell]) => cell)).toEqual([
      hidden,
      shown(8),
      shown(9),
    ]);
    expect(protectGrid(counts, { columnTotals: true }, true).cells.map(([cell]) => cell)).toEqual([
      hidden,
      hidden,
      shown(9),
    ]);
  });

  it("withholds a column total when the one cell it sums had to be withheld", () => {
    const grid = protectGrid([[3, 9]], { rowTotals: true, columnTotals: true }, true);
    expect(grid.cells[0]).toEqual([hidden, hidden]);
    expect(grid.columnTotals).toEqual([hidden, hidden]);
    expect(grid.rowTotals[0]).toEqual(shown(12));
  });

  it("withholds a zero cell rather than the total when no positive count is left", () => {
    const grid = protectGrid(
      [
        [3, 0],
        [9, 0],
      ],
      { rowTotals: true, columnTotals: true },
      true,
    );
    expect(grid.cells[1]).toEqual([hidden, hidden]);
    expect(grid.rowTotals).toEqual([hidden, shown(9)]);
    expect(grid.columnTotals).toEqual([shown(12), shown(0)]);
  });

  it("protects the row of column totals when the grand total is published", () => {
    const grid = protectGrid([[3, 8, 9]], { columnTotals: true, grandTotal: true }, true);
    expect(grid.columnTotals).toEqual([hidden, hidden, shown(9)]);
    expect(grid.grandTotal).toEqual(shown(20));
    expect(protectGrid([[3, 8, 9]], { columnTotals: true }, true).columnTotals).toEqual([
      hidden,
      shown(8),
      shown(9),
    ]);
  });
});

describe("single counts and shares", () => {
  it("withholds a small count only for the region", () => {
    expect(protectCount(3, true)).toEqual(hidden);
    expect(protectCount(3, false)).toEqual(shown(3));
    expect(protectCount(0, true)).toEqual(shown(0));
    expect(protectCount(5, true)).toEqual(shown(5));
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
