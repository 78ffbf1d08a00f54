import type { Language } from "#client/lib/format.ts";
import type { Cell } from "#shared/stats/suppression.ts";

export const SUPPRESSED_TEXT = "< 5";

export function cellText(cell: Cell, language: Language): string {
  if (cell.suppressed) return SUPPRESSED_TEXT;
  if (cell.value === null) return "–";
  return cell.value.toLocaleString(language === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 });
}
