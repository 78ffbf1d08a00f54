import { z } from "zod";
import { ConcernSchema, openCaseStatuses, RESIDENCE_PERMIT_WARNING_DAYS } from "#shared/reference/cases.ts";
import { ResidenceAreaSchema } from "#shared/reference/districts.ts";
import { ResidencePermitTypeSchema } from "#shared/reference/residence.ts";
import { IdSchema } from "#shared/schemas/common.ts";
import { type PersonListQuery, personSorts } from "#shared/schemas/person.ts";

const personStatuses = [...openCaseStatuses, "none"] as const;
const FlagSchema = z.literal("1");

const PersonFiltersSchema = z.object({
  q: z.string().trim().min(1).max(100),
  status: z.enum(personStatuses),
  nationality: z.string().regex(/^[A-Z]{2}$/),
  district: ResidenceAreaSchema,
  permitType: ResidencePermitTypeSchema,
  expiring: FlagSchema,
  certificateGap: z.literal("true"),
  concern: ConcernSchema,
  advisor: IdSchema,
  sort: z.enum(personSorts),
});

export type PersonFilters = Partial<z.infer<typeof PersonFiltersSchema>>;
export const personFilterNames = Object.keys(PersonFiltersSchema.shape) as (keyof PersonFilters)[];
export type PersonListParams = Omit<Partial<PersonListQuery>, "cursor" | "limit">;

export function personFiltersFrom(params: URLSearchParams): PersonFilters {
  const filters: Record<string, string> = {};
  for (const name of personFilterNames) {
    const parsed = PersonFiltersSchema.shape[name].safeParse(params.get(name) ?? undefined);
    if (parsed.success) filters[name] = parsed.data;
  }
  return filters as PersonFilters;
}

export function hasPersonFilters(filters: PersonFilters): boolean {
  return personFilterNames.some((name) => name !== "sort" && filters[name] !== undefined);
}

export function personListParams(filters: PersonFilters): PersonListParams {
  const { expiring, ...rest } = filters;
  return { ...rest, ...(expiring && { permitExpiringWithin: RESIDENCE_PERMIT_WARNING_DAYS }) };
}
