import { z } from "zod";
import { DistrictSchema } from "#shared/reference/districts.ts";
import { OfferTypeSchema } from "#shared/reference/employers.ts";
import { IdSchema } from "#shared/schemas/common.ts";
import type { OfferListQuery } from "#shared/schemas/offer.ts";

const OfferFiltersSchema = z.object({
  q: z.string().trim().min(1).max(100),
  type: OfferTypeSchema,
  occupation: z.string().regex(/^\d{2,5}$/),
  district: DistrictSchema,
  programmeId: IdSchema,
  view: z.literal("centre"),
});

export type OfferFilters = Partial<z.infer<typeof OfferFiltersSchema>>;
const offerFilterNames = Object.keys(OfferFiltersSchema.shape) as (keyof OfferFilters)[];
export type OfferListParams = Omit<Partial<OfferListQuery>, "cursor" | "limit">;

export function offerFiltersFrom(params: URLSearchParams): OfferFilters {
  const filters: Record<string, string> = {};
  for (const name of offerFilterNames) {
    const parsed = OfferFiltersSchema.shape[name].safeParse(params.get(name) ?? undefined);
    if (parsed.success) filters[name] = parsed.data;
  }
  return filters as OfferFilters;
}

export function hasOfferFilters(filters: OfferFilters): boolean {
  return offerFilterNames.some((name) => filters[name] !== undefined);
}

/** The regional list shows what can still be filled; the centre view shows every status. */
export function offerListParams(filters: OfferFilters): OfferListParams {
  return filters.view === "centre" ? filters : { ...filters, status: "open" };
}
