import { z } from "zod";
import { DistrictSchema } from "#shared/reference/districts.ts";
import { SectorSchema } from "#shared/reference/employers.ts";

const CompanyFiltersSchema = z.object({
  q: z.string().trim().min(1).max(100),
  sector: SectorSchema,
  district: DistrictSchema,
});

export type CompanyFilters = Partial<z.infer<typeof CompanyFiltersSchema>>;
const companyFilterNames = Object.keys(CompanyFiltersSchema.shape) as (keyof CompanyFilters)[];

export function companyFiltersFrom(params: URLSearchParams): CompanyFilters {
  const filters: Record<string, string> = {};
  for (const name of companyFilterNames) {
    const parsed = CompanyFiltersSchema.shape[name].safeParse(params.get(name) ?? undefined);
    if (parsed.success) filters[name] = parsed.data;
  }
  return filters as CompanyFilters;
}

export function hasCompanyFilters(filters: CompanyFilters): boolean {
  return companyFilterNames.some((name) => filters[name] !== undefined);
}
