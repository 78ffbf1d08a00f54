/**
 * Disclosure control for region-wide figures (decision record 0012): counts of 1–4 are withheld, and
 * in every line whose total is published either no cell or at least two cells are withheld, so that no
 * withheld count can be recovered by subtracting the shown cells from the total.
 */
export const SUPPRESSION_THRESHOLD = 5;

export type Cell = { value: number | null; suppressed: boolean };

export const shown = (value: number | null): Cell => ({ value, suppressed: false });
export const withheld = (): Cell => ({ value: null, suppressed: true });

export const isSmall = (value: number) => value > 0 && value < SUPPRESSION_THRESHOLD;

export type GridTotals = { rowTotals?: boolean; columnTotals?: boolean; grandTotal?: boolean };

export type ProtectedGrid = {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  grandTotal: Cell;
};

type Position = readonly [row: number, column: number];

/**
 * Protects a table of counts with its totals. The table is extended by a totals row and column; each
 * published row or column of the extended table (cells plus the total they sum to) is a "line".
 * Primary suppression withholds small counts; secondary suppression then withholds, in any line with
 * exactly one withheld member, its smallest positive shown cell (else a zero cell, else the total),
 * repeated until every line is safe. With `protect: false` (own-centre figures) nothing is withheld.
 */
export function protectGrid(counts: number[][], totals: GridTotals, protect: boolean): ProtectedGrid {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  const value = (row: number, column: number): number => {
    // Stryker disable next-line OptionalChaining: row < rows, so counts[row] exists
    if (row < rows && column < columns) return counts[row]?.[column] ?? 0;
    // Stryker disable next-line ArrayDeclaration: row < rows, so the fallback row is never used
    if (row < rows) return (counts[row] ?? []).reduce((sum, count) => sum + count, 0);
    if (column < columns) return counts.reduce((sum, line) => sum + (line[column] ?? 0), 0);
    return counts.reduce((sum, line) => sum + line.reduce((inner, count) => inner + count, 0), 0);
  };
  const published = (row: number, column: number) => {
    if (row < rows && column < columns) return true;
    if (row < rows) return totals.rowTotals === true;
    if (column < columns) return totals.columnTotals === true;
    return totals.grandTotal === true;
  };
  const hidden = new Set<string>();
  const key = (row: number, column: number) => `${row}:${column}`;
  if (protect) {
    for (let row = 0; row <= rows; row++)
      for (let column = 0; column <= columns; column++)
        if (published(row, column) && isSmall(value(row, column))) hidden.add(key(row, column));

    const lines: Position[][] = [];
    const line = (positions: Position[]) => {
      const members = positions.filter(([row, column]) => published(row, column));
      // Stryker disable next-line ArrayDeclaration: a line always has positions, the fallback is for the type
      const [totalRow, totalColumn] = positions[positions.length - 1] ?? [0, 0];
      if (published(totalRow, totalColumn) && members.length > 1) lines.push(members);
    };
    for (let row = 0; row <= rows; row++)
      line(Array.from({ length: columns + 1 }, (_, column) => [row, column] as const));
    for (let column = 0; column <= columns; column++)
      line(Array.from({ length: rows + 1 }, (_, row) => [row, column] as const));

    for (let changed = true; changed; ) {
      changed = false;
      for (const members of lines) {
        if (members.filter(([row, column]) => hidden.has(key(row, column))).length !== 1) continue;
        const total = members[members.length - 1];
        const open = members
          .slice(0, -1)
          .filter(([row, column]) => !hidden.has(key(row, column)))
          .sort((a, b) => rank(value(a[0], a[1])) - rank(value(b[0], b[1])));
        const choice = open[0] ?? total;
        if (!choice) continue;
        hidden.add(key(choice[0], choice[1]));
        changed = true;
      }
    }
  }
  const cell = (row: number, column: number): Cell =>
    hidden.has(key(row, column)) ? withheld() : shown(value(row, column));
  return {
    cells: Array.from({ length: rows }, (_, row) =>
      Array.from({ length: columns }, (_, column) => cell(row, column)),
    ),
    rowTotals: Array.from({ length: rows }, (_, row) => cell(row, columns)),
    columnTotals: Array.from({ length: columns }, (_, column) => cell(rows, column)),
    grandTotal: cell(rows, columns),
  };
}

/** Positive counts first (smallest first), zeros last: a withheld zero would hide nothing. */
const rank = (count: number) => (count > 0 ? count : Number.MAX_SAFE_INTEGER);

/** A single count outside any table (e.g. a number of persons with a certificate gap). */
export const protectCount = (count: number, protect: boolean): Cell =>
  protect && isSmall(count) ? withheld() : shown(count);

/** A share is withheld whenever its numerator or denominator is, since share × denominator = numerator. */
export function protectShare(numerator: Cell, denominator: Cell): Cell {
  if (numerator.suppressed || denominator.suppressed) return withheld();
  if (!denominator.value || numerator.value === null) return shown(null);
  return shown(Math.round((numerator.value / denominator.value) * 1000) / 10);
}
