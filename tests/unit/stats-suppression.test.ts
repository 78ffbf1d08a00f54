import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scopeOf } from "../../shared/auth/permissions.ts";
import { csvField, toCsv } from "../../shared/stats/csv.ts";
import { lastDayOf, monthsBetween, quarterOf, shiftMonth } from "../../shared/stats/months.ts";
import { type Cell, protectGrid } from "../../shared/stats/suppression.ts";

const safe = (members: Cell[]) => {
  const withheld = members.filter((cell) => cell.suppressed).length;
  return withheld === 0 || withheld >= 2;
};

describe("protectGrid", () => {
  it("withholds 1–4 and a second cell in the same column", () => {
    const grid = protectGrid([[7], [3], [6], [0]], { columnTotals: true }, true);
    expect(grid.cells.map(([cell]) => cell)).toEqual([
      { value: 7, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 0, suppressed: false },
    ]);
    expect(grid.columnTotals[0]).toEqual({ value: 16, suppressed: false });
  });

  it("withholds nothing for the own centre", () => {
    const grid = protectGrid([[1, 2]], { rowTotals: true, columnTotals: true, grandTotal: true }, false);
    expect(grid.cells[0]).toEqual([
      { value: 1, suppressed: false },
      { value: 2, suppressed: false },
    ]);
    expect(grid.grandTotal).toEqual({ value: 3, suppressed: false });
  });

  it("leaves no line with exactly one withheld member, for any table", () => {
    const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
      fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: columns, maxLength: columns }), {
        minLength: 1,
        maxLength: 8,
      }),
    );
    fc.assert(
      fc.property(table, fc.boolean(), (counts, rowTotals) => {
        const grid = protectGrid(counts, { rowTotals, columnTotals: true, grandTotal: rowTotals }, true);
        const columns = counts[0]?.length ?? 0;
        for (let column = 0; column < columns; column++) {
          const members = grid.cells.map((row) => row[column] as Cell);
          if (!safe([...members, grid.columnTotals[column] as Cell])) return false;
        }
        if (rowTotals) {
          for (const [index, row] of grid.cells.entries())
            if (!safe([...row, grid.rowTotals[index] as Cell])) return false;
          if (!safe([...grid.columnTotals, grid.grandTotal])) return false;
          if (!safe([...grid.rowTotals, grid.grandTotal])) return false;
        }
        return [...grid.cells.flat(), ...grid.columnTotals].every(
          (cell) => cell.suppressed || cell.value === 0 || (cell.value ?? 0) >= 5,
        );
      }),
    );
  });
});

describe("CSV writer", () => {
  it("writes BOM, semicolons, CRLF, quotes where needed and „< 5“ for withheld cells", () => {
    expect(
      toCsv(
        ["Programm", "Eintritte"],
        [
          ['Sprachtage; "Nord"', { value: null, suppressed: true }],
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
