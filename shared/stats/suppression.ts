/**
 * Cells of the statistics (decision record 0012). Own-centre figures are exact. Region-wide counts are
 * published by the cell-key method (`cell-key.ts`): `perturbed: true`, and a published value of 1–4 is
 * shown as "< 5" (`suppressed: true`, no value). A median over too few placements is withheld.
 */
export const SUPPRESSION_THRESHOLD = 5;

export type Cell = { value: number | null; suppressed: boolean; perturbed: boolean };

export const shown = (value: number | null): Cell => ({ value, suppressed: false, perturbed: false });
export const withheld = (): Cell => ({ value: null, suppressed: true, perturbed: false });

export const isSmall = (value: number) => value > 0 && value < SUPPRESSION_THRESHOLD;

/** A region-wide count as published: the perturbed value, or "< 5" when that is 1–4. */
export const published = (value: number): Cell =>
  isSmall(value)
    ? { value: null, suppressed: true, perturbed: true }
    : { value, suppressed: false, perturbed: true };

/** A share of two cells, withheld when either is. */
export function protectShare(numerator: Cell, denominator: Cell): Cell {
  const perturbed = numerator.perturbed || denominator.perturbed;
  if (numerator.suppressed || denominator.suppressed) return { ...withheld(), perturbed };
  if (!denominator.value || numerator.value === null) return { ...shown(null), perturbed };
  return {
    value: Math.round((numerator.value / denominator.value) * 1000) / 10,
    suppressed: false,
    perturbed,
  };
}
