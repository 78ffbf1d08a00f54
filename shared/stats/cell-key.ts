/**
 * The perturbation table of the cell-key method (decision record 0012): a region-wide count `t` is
 * published as `p`, drawn from `t`'s row below by a cell key in [0, 1) that is fixed for the cell and
 * its count. Every row has mean `t` (sums of many cells stay unbiased); 0 stays 0 and nothing else
 * becomes 0. The rows for 1 … 6 all reach down to 1 and each reaches at least as far up as the one
 * before: so whatever a count of 1 … 4 is published as, the two counts above it could have given the
 * same value — the property the guarantee rests on (`tests/unit/stats-cell-key.test.ts`).
 */
const smallRows: readonly (readonly [published: number, percent: number][])[] = [
  [[0, 100]],
  [[1, 100]],
  [
    [1, 25],
    [2, 50],
    [3, 25],
  ],
  [
    [1, 10],
    [2, 20],
    [3, 40],
    [4, 20],
    [5, 10],
  ],
  [
    [1, 4],
    [2, 8],
    [3, 18],
    [4, 40],
    [5, 18],
    [6, 8],
    [7, 4],
  ],
  [
    [1, 2],
    [2, 3],
    [3, 7],
    [4, 18],
    [5, 40],
    [6, 18],
    [7, 7],
    [8, 3],
    [9, 2],
  ],
  [
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 6],
    [5, 15],
    [6, 50],
    [7, 15],
    [8, 6],
    [9, 2],
    [10, 1],
    [11, 1],
  ],
  [
    [3, 1],
    [4, 2],
    [5, 7],
    [6, 20],
    [7, 40],
    [8, 20],
    [9, 7],
    [10, 2],
    [11, 1],
  ],
  [
    [5, 3],
    [6, 7],
    [7, 20],
    [8, 40],
    [9, 20],
    [10, 7],
    [11, 3],
  ],
];

/** From 9 on a count moves by at most 2. */
const largeDeviations: readonly (readonly [deviation: number, percent: number])[] = [
  [-2, 5],
  [-1, 20],
  [0, 50],
  [1, 20],
  [2, 5],
];

/** The published values a true count can give, each with its probability in percent. */
export function perturbationRow(count: number): readonly (readonly [published: number, percent: number])[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a count: ${count}`);
  return (
    smallRows[count] ?? largeDeviations.map(([deviation, percent]) => [count + deviation, percent] as const)
  );
}

/** The value a count is published as, for a cell key in [0, 1). */
export function perturb(count: number, cellKey: number): number {
  const row = perturbationRow(count);
  let cumulative = 0;
  for (const [published, percent] of row) {
    cumulative += percent / 100;
    if (cellKey < cumulative) return published;
  }
  return row[row.length - 1]?.[0] ?? count;
}

/** Smallest and largest value `count` can be published as. */
export function publishedRange(count: number): { min: number; max: number } {
  const row = perturbationRow(count);
  return { min: row[0]?.[0] ?? count, max: row[row.length - 1]?.[0] ?? count };
}

/**
 * Every true count that can be published as `published` — what anyone who knows this table, but not
 * the cell keys, can infer from one published value. An interval, since both ends of the rows rise
 * with the count.
 */
export function consistentCounts(published: number): { min: number; max: number } {
  if (published === 0) return { min: 0, max: 0 };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  // Past the small rows a count is published at least 2 below itself, so no larger count can reach.
  for (let count = 1; count <= Math.max(published + 2, smallRows.length); count++) {
    const { min: low, max: high } = publishedRange(count);
    if (low <= published && published <= high) {
      min = Math.min(min, count);
      max = Math.max(max, count);
    }
  }
  return { min, max };
}
