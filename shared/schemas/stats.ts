import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { isGridPeriod, MAX_PERIOD_MONTHS, MonthSchema, monthCount } from "../stats/months.ts";

export const statsScopes = ["centre", "region"] as const;
export const StatsScopeSchema = z.enum(statsScopes);
export type StatsScope = z.infer<typeof StatsScopeSchema>;

export const statsFigures = [
  "requests",
  "demand-occupations",
  "demand-districts",
  "placements",
  "time-to-placement",
  "language",
  "programmes",
  "nationalities",
  // "permits" (/api/stats/permits): the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  "permits",
] as const;
export type StatsFigure = (typeof statsFigures)[number];

export const StatsQuerySchema = z
  .strictObject({
    from: MonthSchema,
    to: MonthSchema,
    scope: StatsScopeSchema.default("centre"),
  })
  .superRefine((query, context) => {
    const valid = (month: string) => MonthSchema.safeParse(month).success;
    if (!valid(query.from) || !valid(query.to)) return;
    if (query.from > query.to) {
      context.addIssue({ code: "custom", path: ["to"], message: say("period_end_before_start") });
    } else if (monthCount(query.from, query.to) > MAX_PERIOD_MONTHS) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: say("max_months", { count: MAX_PERIOD_MONTHS }),
      });
    } else if (query.scope === "region" && !isGridPeriod(query.from, query.to)) {
      context.addIssue({
        code: "custom",
        path: ["to"],
        message: say("region_period"),
      });
    }
  });
export type StatsQuery = z.infer<typeof StatsQuerySchema>;

/**
 * A count. Own-centre counts are exact (`perturbed: false`); region-wide counts are published by the
 * cell-key method (`perturbed: true`), and a published value of 1–4 comes as `{ value: null,
 * suppressed: true }` ("< 5"). Decision record 0012.
 */
export const CellSchema = z.object({
  value: z.number().nullable(),
  suppressed: z.boolean(),
  perturbed: z.boolean(),
});

const period = { scope: StatsScopeSchema, from: MonthSchema, to: MonthSchema };
/**
 * Persons in support: own-centre figures count everyone in support at any time in the period;
 * region-wide figures count those in support in this month, the period's last (a stock figure).
 */
const asOf = { asOf: MonthSchema.optional() };

export const RequestsStatsSchema = z.object({
  ...period,
  rows: z.array(z.object({ month: MonthSchema, personRequests: CellSchema, companyRequests: CellSchema })),
  totals: z.object({ personRequests: CellSchema, companyRequests: CellSchema }),
});
export type RequestsStats = z.infer<typeof RequestsStatsSchema>;

const DemandFields = { offerPlaces: CellSchema, openInquiries: CellSchema };
export const DemandByOccupationSchema = z.object({
  ...period,
  rows: z.array(z.object({ group: z.string(), ...DemandFields })),
  totals: z.object(DemandFields),
});
export type DemandByOccupation = z.infer<typeof DemandByOccupationSchema>;

export const DemandByDistrictSchema = z.object({
  ...period,
  rows: z.array(z.object({ district: z.string(), ...DemandFields })),
  totals: z.object(DemandFields),
});
export type DemandByDistrict = z.infer<typeof DemandByDistrictSchema>;

export const PlacementsStatsSchema = z.object({
  ...period,
  stages: z.array(z.string()),
  rows: z.array(
    z.object({ offerType: z.string(), stages: z.record(z.string(), CellSchema), total: CellSchema }),
  ),
  totals: z.object({ stages: z.record(z.string(), CellSchema), total: CellSchema }),
});
export type PlacementsStats = z.infer<typeof PlacementsStatsSchema>;

export const TimeToPlacementSchema = z.object({
  ...period,
  placements: CellSchema,
  medianDays: CellSchema,
});
export type TimeToPlacement = z.infer<typeof TimeToPlacementSchema>;

export const LanguageStatsSchema = z.object({
  ...period,
  ...asOf,
  rows: z.array(z.object({ level: z.string(), persons: CellSchema, certificateGap: CellSchema })),
  totals: z.object({ persons: CellSchema, certificateGap: CellSchema }),
  certificateGapPercent: CellSchema,
});
export type LanguageStats = z.infer<typeof LanguageStatsSchema>;

export const ProgrammesStatsSchema = z.object({
  ...period,
  rows: z.array(
    z.object({ programme: z.string(), name: z.string(), enrolments: CellSchema, completions: CellSchema }),
  ),
  totals: z.object({ enrolments: CellSchema, completions: CellSchema }),
});
export type ProgrammesStats = z.infer<typeof ProgrammesStatsSchema>;

export const NationalitiesStatsSchema = z.object({
  ...period,
  ...asOf,
  rows: z.array(z.object({ nationality: z.string(), persons: CellSchema })),
  total: CellSchema,
});
export type NationalitiesStats = z.infer<typeof NationalitiesStatsSchema>;

export const ResidencePermitsStatsSchema = z.object({
  ...period,
  ...asOf,
  // permitType: the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  rows: z.array(z.object({ permitType: z.string(), persons: CellSchema })),
  total: CellSchema,
});
export type ResidencePermitsStats = z.infer<typeof ResidencePermitsStatsSchema>;

/** Nationalities beyond the largest ten are summed up as this key. */
export const OTHER_KEY = "other";
/** Persons without a recorded German level or permit type. */
export const NONE_KEY = "none";
export const TOP_NATIONALITIES = 10;

/** The answer of `GET /api/stats/<figure>`, per figure: parsed by the client, documented in the OpenAPI. */
export const statsFigureSchemas = {
  requests: RequestsStatsSchema,
  "demand-occupations": DemandByOccupationSchema,
  "demand-districts": DemandByDistrictSchema,
  placements: PlacementsStatsSchema,
  "time-to-placement": TimeToPlacementSchema,
  language: LanguageStatsSchema,
  programmes: ProgrammesStatsSchema,
  nationalities: NationalitiesStatsSchema,
  permits: ResidencePermitsStatsSchema,
} satisfies Record<StatsFigure, z.ZodType>;
