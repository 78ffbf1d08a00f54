import { z } from "zod";
import { CaseStatusSchema, ConcernSchema } from "#shared/reference/cases.ts";
import type { CaseListQuery } from "#shared/schemas/case.ts";
import { IdSchema } from "#shared/schemas/common.ts";

export const caseSorts = ["-opened", "opened", "name"] as const;
export const caseStatusFilters = ["open", ...CaseStatusSchema.options] as const;

const CaseFiltersSchema = z.object({
  q: z.string().trim().min(1).max(100),
  status: z.enum(caseStatusFilters),
  concern: ConcernSchema,
  advisor: IdSchema,
  sort: z.enum(caseSorts),
});

export type CaseFilters = Partial<z.infer<typeof CaseFiltersSchema>>;
const caseFilterNames = Object.keys(CaseFiltersSchema.shape) as (keyof CaseFilters)[];
export type CaseListParams = Omit<Partial<CaseListQuery>, "cursor" | "limit">;

export function caseFiltersFrom(params: URLSearchParams): CaseFilters {
  const filters: Record<string, string> = {};
  for (const name of caseFilterNames) {
    const parsed = CaseFiltersSchema.shape[name].safeParse(params.get(name) ?? undefined);
    if (parsed.success) filters[name] = parsed.data;
  }
  return filters as CaseFilters;
}

export function hasCaseFilters(filters: CaseFilters): boolean {
  return caseFilterNames.some((name) => name !== "sort" && filters[name] !== undefined);
}

export function caseListParams(filters: CaseFilters): CaseListParams {
  return filters;
}
