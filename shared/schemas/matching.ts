import { z } from "zod";
import { CefrLevelSchema } from "../reference/cefr.ts";
import { ResidenceAreaSchema } from "../reference/districts.ts";
import { OfferStatusSchema, OfferTypeSchema } from "../reference/employers.ts";
import { CalendarDateSchema, IdSchema } from "./common.ts";
import { LanguageSkillSchema } from "./language.ts";

/**
 * One reason of a match score, as a code with parameters so the client words it in either
 * language ("B1 speaking meets B1; same occupation group 'Bau'; 28 km"). `points` is what the
 * reason contributed to the score.
 */
export const MatchReasonSchema = z.discriminatedUnion("code", [
  z.object({ code: z.literal("same_occupation"), occupation: z.string(), points: z.number() }),
  z.object({ code: z.literal("same_occupation_group"), group: z.string(), points: z.number() }),
  z.object({ code: z.literal("same_main_group"), group: z.string(), points: z.number() }),
  z.object({ code: z.literal("same_area"), area: z.string(), points: z.number() }),
  z.object({ code: z.literal("occupation_mismatch"), occupation: z.string().nullable(), points: z.number() }),
  z.object({
    code: z.literal("language_met"),
    skill: LanguageSkillSchema,
    actual: CefrLevelSchema,
    required: CefrLevelSchema,
    /** The skill had no level of its own; the current overall level was compared. */
    via: z.literal("overall").optional(),
    points: z.number(),
  }),
  z.object({
    code: z.literal("language_below"),
    skill: LanguageSkillSchema,
    actual: CefrLevelSchema.nullable(),
    required: CefrLevelSchema,
    via: z.literal("overall").optional(),
    points: z.number(),
  }),
  z.object({ code: z.literal("no_language_requirement"), points: z.number() }),
  z.object({ code: z.literal("same_district"), km: z.number(), points: z.number() }),
  z.object({ code: z.literal("distance"), km: z.number(), points: z.number() }),
  z.object({ code: z.literal("abroad"), points: z.number() }),
  z.object({ code: z.literal("available_by_start"), availableFrom: CalendarDateSchema, points: z.number() }),
  z.object({
    code: z.literal("available_after_start"),
    availableFrom: CalendarDateSchema,
    daysLate: z.number().int(),
    /** The offer has no start or has started already: the days are counted from today. */
    from: z.literal("today").optional(),
    points: z.number(),
  }),
  z.object({ code: z.literal("availability_unknown"), points: z.number() }),
  z.object({
    code: z.literal("programme_enrolled"),
    programmeId: IdSchema,
    programmeName: z.string(),
    points: z.number(),
  }),
  z.object({
    code: z.literal("programme_not_enrolled"),
    programmeId: IdSchema,
    programmeName: z.string(),
    points: z.number(),
  }),
]);
export type MatchReason = z.infer<typeof MatchReasonSchema>;
export type MatchReasonCode = MatchReason["code"];

export const MatchScoreSchema = z.object({
  /** 0–100, higher is better. */
  score: z.number().int().min(0).max(100),
  /** Every language requirement met (or none set). */
  languageMet: z.boolean(),
  reasons: z.array(MatchReasonSchema),
});
export type MatchScore = z.infer<typeof MatchScoreSchema>;

/** `GET /api/offers/:id/candidates`: persons of the advisor's centre who consent to sharing. */
export const CandidateMatchSchema = MatchScoreSchema.extend({
  personId: IdSchema,
  personName: z.string(),
  district: ResidenceAreaSchema,
  targetOccupation: z.string().nullable(),
  availableFrom: CalendarDateSchema.nullable(),
  germanLevel: CefrLevelSchema.nullable(),
  openCaseId: IdSchema.nullable(),
  /** The person's existing placement on this offer, if any (then the client shows its stage instead of "propose"). */
  placementId: IdSchema.nullable(),
});
export type CandidateMatch = z.infer<typeof CandidateMatchSchema>;
export const CandidateMatchListSchema = z.object({ items: z.array(CandidateMatchSchema) });

/** `GET /api/persons/:id/matching-offers`: open offers of the region. */
export const OfferMatchSchema = MatchScoreSchema.extend({
  offerId: IdSchema,
  title: z.string(),
  type: OfferTypeSchema,
  status: OfferStatusSchema,
  companyId: IdSchema,
  companyName: z.string(),
  occupation: z.string(),
  district: z.string(),
  startsOn: CalendarDateSchema.nullable(),
  places: z.number().int(),
  placesTaken: z.number().int(),
  placementId: IdSchema.nullable(),
});
export type OfferMatch = z.infer<typeof OfferMatchSchema>;
export const OfferMatchListSchema = z.object({ items: z.array(OfferMatchSchema) });
