import { StatsQuerySchema, type StatsScope } from "#shared/schemas/stats.ts";
import { shiftMonth } from "#shared/stats/months.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";

export type PeriodKind = "year" | "quarter" | "months";
export type PeriodChoice = {
  kind: PeriodKind;
  year: number;
  quarter: number;
  from: string;
  to: string;
  scope: StatsScope;
  compare: boolean;
};
export type StatsParams = { from: string; to: string; scope: StatsScope };

const currentMonth = () => todayInBerlin().slice(0, 7);

export function periodFrom(search: URLSearchParams): PeriodChoice {
  const month = currentMonth();
  const kind = search.get("period");
  const year = Number(search.get("year")) || Number(month.slice(0, 4));
  const quarter = Math.min(4, Math.max(1, Number(search.get("quarter")) || 1));
  return {
    kind: kind === "quarter" || kind === "months" ? kind : "year",
    year,
    quarter,
    from: search.get("from") ?? `${month.slice(0, 4)}-01`,
    to: search.get("to") ?? month,
    scope: search.get("scope") === "region" ? "region" : "centre",
    compare: search.get("compare") === "1",
  };
}

export function searchOf(choice: PeriodChoice): Record<string, string> {
  const base: Record<string, string> = { period: choice.kind, scope: choice.scope };
  if (choice.compare) base.compare = "1";
  if (choice.kind === "months") return { ...base, from: choice.from, to: choice.to };
  if (choice.kind === "quarter")
    return { ...base, year: String(choice.year), quarter: String(choice.quarter) };
  return { ...base, year: String(choice.year) };
}

/** The months a choice covers, or null while the chosen range is not valid. */
export function paramsOf(choice: PeriodChoice): StatsParams | null {
  const year = String(choice.year).padStart(4, "0");
  const range =
    choice.kind === "year"
      ? { from: `${year}-01`, to: `${year}-12` }
      : choice.kind === "quarter"
        ? {
            from: `${year}-${String(choice.quarter * 3 - 2).padStart(2, "0")}`,
            to: `${year}-${String(choice.quarter * 3).padStart(2, "0")}`,
          }
        : { from: choice.from, to: choice.to };
  const parsed = StatsQuerySchema.safeParse({ ...range, scope: choice.scope });
  return parsed.success ? parsed.data : null;
}

export const previousYearOf = (params: StatsParams): StatsParams => ({
  ...params,
  from: shiftMonth(params.from, -12),
  to: shiftMonth(params.to, -12),
});

export const selectableYears = (): number[] => {
  const last = Number(currentMonth().slice(0, 4));
  return Array.from({ length: last - 2021 + 1 }, (_, index) => last - index);
};
