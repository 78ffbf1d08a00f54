import { z } from "zod";
import {
  ConcernSchema,
  openCaseStatuses,
  PERMIT_WARNING_DAYS,
} from "../../../../../shared/reference/cases.ts";
import { ResidenceAreaSchema } from "../../../../../shared/reference/districts.ts";
import { PermitTypeSchema } from "../../../../../shared/reference/residence.ts";
import { type PersonListQuery, personSorts } from "../../../../../shared/schemas/person.ts";

const personStatuses = [...openCaseStatuses, "none"] as const;
const FlagSchema = z.literal("1");

const PersonFiltersSchema = z.object({
  q: z.string().trim().min(1).max(100),
  status: z.enum(personStatuses),
  nationality: z.string().regex(/^[A-Z]{2}$/),
  district: ResidenceAreaSchema,
  permitType: PermitTypeSchema,
  expiring: FlagSchema,
  concern: ConcernSchema,
  mine: FlagSchema,
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

/** The URL speaks for whoever opens it ("mine"), the API needs the advisor's id. */
export function personListParams(filters: PersonFilters, userId: string): PersonListParams {
  const { expiring, mine, ...rest } = filters;
  return {
    ...rest,
    ...(expiring && { permitExpiringWithin: PERMIT_WARNING_DAYS }),
    ...(mine && { advisor: userId }),
  };
}
