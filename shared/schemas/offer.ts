import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import { CefrLevelSchema } from "../reference/cefr.ts";
import { DistrictSchema } from "../reference/districts.ts";
import { OfferStatusSchema, OfferTypeSchema, placementStages } from "../reference/employers.ts";
import { KldbCodeSchema } from "../reference/kldb.ts";
import {
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";

/** Required level per skill (`LanguageRequirement` of `shared/language/levels.ts`); empty = none. */
export const LanguageRequirementSchema = z.strictObject({
  listening: CefrLevelSchema.optional(),
  reading: CefrLevelSchema.optional(),
  writing: CefrLevelSchema.optional(),
  speaking: CefrLevelSchema.optional(),
  overall: CefrLevelSchema.optional(),
});

const offerFieldShape = {
  type: OfferTypeSchema,
  title: singleLineText()
    .min(1, { error: say("required") })
    .max(200, { error: say("max_chars", { count: 200 }) }),
  occupation: KldbCodeSchema,
  district: DistrictSchema,
  startsOn: CalendarDateSchema.nullable(),
  endsOn: CalendarDateSchema.nullable(),
  places: z
    .number()
    .int()
    .min(1, { error: say("min_places", { count: 1 }) })
    .max(100, { error: say("max_places", { count: 100 }) }),
  languageRequirement: LanguageRequirementSchema,
  programmeId: IdSchema.nullable(),
  description: multiLineText()
    .max(5000, { error: say("max_chars", { count: 5000 }) })
    .nullable(),
};

export function offerRuleIssues(value: {
  startsOn?: string | null | undefined;
  endsOn?: string | null | undefined;
}) {
  const issues: { path: string; message: string }[] = [];
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
    issues.push({ path: "endsOn", message: say("end_before_start") });
  return issues;
}

/**
 * `companyId` is required for advisors (a company of their centre); employers post for their own
 * company. `district` defaults to the company's. An offer starts as `draft` unless `status: "open"`.
 */
export const OfferCreateSchema = z
  .strictObject({
    companyId: IdSchema.optional(),
    ...offerFieldShape,
    district: offerFieldShape.district.optional(),
    startsOn: offerFieldShape.startsOn.default(null),
    endsOn: offerFieldShape.endsOn.default(null),
    places: offerFieldShape.places.default(1),
    languageRequirement: offerFieldShape.languageRequirement.default({}),
    programmeId: offerFieldShape.programmeId.default(null),
    description: offerFieldShape.description.default(null),
    status: z.enum(["draft", "open"]).default("draft"),
  })
  .superRefine((value, ctx) => {
    for (const issue of offerRuleIssues(value))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });
export type OfferCreate = z.infer<typeof OfferCreateSchema>;

/** Status changes go through `/transitions`; `places` may not drop below the places already taken. */
export const OfferUpdateSchema = z
  .strictObject({ version: VersionSchema, ...z.strictObject(offerFieldShape).partial().shape })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type OfferUpdate = z.infer<typeof OfferUpdateSchema>;

export const OfferTransitionSchema = z.strictObject({ version: VersionSchema, to: OfferStatusSchema });
export type OfferTransition = z.infer<typeof OfferTransitionSchema>;

export const StageCountsSchema = z.object(
  Object.fromEntries(placementStages.map((stage) => [stage, z.number().int()])) as Record<
    (typeof placementStages)[number],
    z.ZodNumber
  >,
);
export type StageCounts = z.infer<typeof StageCountsSchema>;

export const OfferSchema = z.object({
  id: IdSchema,
  companyId: IdSchema,
  companyName: z.string(),
  centreId: IdSchema,
  type: OfferTypeSchema,
  title: z.string(),
  occupation: z.string(),
  district: DistrictSchema,
  startsOn: CalendarDateSchema.nullable(),
  endsOn: CalendarDateSchema.nullable(),
  places: z.number().int(),
  placesTaken: z.number().int(),
  languageRequirement: LanguageRequirementSchema,
  programmeId: IdSchema.nullable(),
  programmeName: z.string().nullable(),
  description: z.string().nullable(),
  status: OfferStatusSchema,
  openedOn: CalendarDateSchema.nullable(),
  /** Placements per stage that the viewer may see (advisor: their centre's persons; employer: consented). */
  stageCounts: StageCountsSchema,
  /** Whether the viewer may edit it (owning company's employers, advisors of the company's centre). */
  canEdit: z.boolean(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Offer = z.infer<typeof OfferSchema>;

export const OfferListQuerySchema = z.strictObject({
  /** Advisors: `regional` (default) = open offers of every centre plus every offer of their centre; `centre` = their centre's only. */
  view: z.enum(["regional", "centre"]).default("regional"),
  companyId: IdSchema.optional(),
  status: OfferStatusSchema.optional(),
  type: OfferTypeSchema.optional(),
  /** KldB prefix: 2 digits (main group), 3 digits (group) or the full 5-digit code. */
  occupation: z
    .string()
    .regex(/^\d{2,5}$/, { error: say("kldb_prefix_format") })
    .optional(),
  district: DistrictSchema.optional(),
  programmeId: IdSchema.optional(),
  q: singleLineText().max(100).optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type OfferListQuery = z.infer<typeof OfferListQuerySchema>;
export const OfferPageSchema = pageOf(OfferSchema);
