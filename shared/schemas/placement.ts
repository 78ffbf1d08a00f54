import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import type { CaseOutcomeSchema } from "../reference/cases.ts";
import { CefrLevelSchema } from "../reference/cefr.ts";
import { LanguageCodeSchema } from "../reference/countries.ts";
import { OfferTypeSchema, PlacementEndReasonSchema, PlacementStageSchema } from "../reference/employers.ts";
import { todayInBerlin } from "../time/calendar.ts";
import {
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";
import { CurrentLevelsSchema, EntryDateSchema, SkillLevelsSchema } from "./language.ts";

const NotFutureDate = CalendarDateSchema.refine((date) => date <= todayInBerlin(), {
  error: say("future_date"),
});
const Note = multiLineText().max(2000, { error: say("max_chars", { count: 2000 }) });

const stageDates = {
  proposedOn: CalendarDateSchema,
  interviewOn: CalendarDateSchema.nullable(),
  acceptedOn: CalendarDateSchema.nullable(),
  startedOn: CalendarDateSchema.nullable(),
  completedOn: CalendarDateSchema.nullable(),
  /** Set when declined or cancelled. */
  endedOn: CalendarDateSchema.nullable(),
};

/** The advisor's view of a placement (only placements of persons of the advisor's centre). */
export const PlacementSchema = z.object({
  id: IdSchema,
  offerId: IdSchema,
  offerTitle: z.string(),
  offerType: OfferTypeSchema,
  companyId: IdSchema,
  companyName: z.string(),
  personId: IdSchema,
  personName: z.string(),
  /** What the employer calls the candidate until the contact is released. */
  pseudonym: z.string(),
  caseId: IdSchema.nullable(),
  stage: PlacementStageSchema,
  endReason: PlacementEndReasonSchema.nullable(),
  endNote: z.string().nullable(),
  ...stageDates,
  employerFeedback: z.string().nullable(),
  advisorNote: z.string().nullable(),
  /** Whether the person currently consents to sharing with employers (without it the employer sees nothing). */
  sharingConsent: z.boolean(),
  /** The release of name and contact to the company; kept after a decline or cancellation. */
  contactReleasedAt: InstantSchema.nullable(),
  contactReleasedBy: z.object({ id: IdSchema, name: z.string() }).nullable(),
  /** Whether this advisor may release the contact now (accepted, not yet released, consent given). */
  canReleaseContact: z.boolean(),
  /** Stages this viewer may move the placement to now. */
  allowedStages: z.array(PlacementStageSchema),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Placement = z.infer<typeof PlacementSchema>;

export const PlacementCreateSchema = z.strictObject({
  offerId: IdSchema,
  personId: IdSchema,
  proposedOn: NotFutureDate.optional(),
  advisorNote: Note.nullable().default(null),
});
export type PlacementCreate = z.infer<typeof PlacementCreateSchema>;

export const PlacementUpdateSchema = z.strictObject({
  version: VersionSchema,
  advisorNote: Note.nullable(),
});
export type PlacementUpdate = z.infer<typeof PlacementUpdateSchema>;

/** `POST /api/placements/:id/contact-release`: the version the advisor saw. */
export const ContactReleaseSchema = z.strictObject({ version: VersionSchema });
export type ContactRelease = z.infer<typeof ContactReleaseSchema>;

/**
 * A stage change. `on` = the date of the step (default today). `reason` is required for `declined`
 * and `cancelled`. `closeCase` (advisor, only with `to: "completed"` of an apprenticeship or job)
 * closes the person's open case with the outcome `apprenticeship` / `employment`.
 */
export const PlacementTransitionSchema = z.strictObject({
  version: VersionSchema,
  to: PlacementStageSchema,
  on: CalendarDateSchema.optional(),
  reason: PlacementEndReasonSchema.optional(),
  note: Note.optional(),
  closeCase: z.boolean().optional(),
});
export type PlacementTransition = z.infer<typeof PlacementTransitionSchema>;

export const PlacementListQuerySchema = z.strictObject({
  offerId: IdSchema.optional(),
  personId: IdSchema.optional(),
  companyId: IdSchema.optional(),
  stage: PlacementStageSchema.optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type PlacementListQuery = z.infer<typeof PlacementListQuerySchema>;
export const PlacementPageSchema = pageOf(PlacementSchema);

/** The case outcome a completed placement can close the case with. */
export const placementCaseOutcome = {
  apprenticeship: "apprenticeship",
  job: "employment",
  working_student: "employment",
  career_orientation_internship: "internship_completed",
  tth_internship: "internship_completed",
} as const satisfies Record<z.infer<typeof OfferTypeSchema>, z.infer<typeof CaseOutcomeSchema>>;

/* ---------- Employer-facing shapes: built field by field so nothing else can leak. ---------- */

/** The occupation (KldB code) only: no free-text title, no country, no year (decision 0017). */
export const CandidateQualificationSchema = z.object({
  occupation: z.string(),
});

/** Of the languages a person speaks, an employer learns only these; others hint at the origin. */
export const candidateLanguages = ["de", "en"] as const;

/**
 * The minimal profile an employer sees while the person consents to sharing with employers
 * (docs/decisions/0017-employer-minimal-profile.md): nothing that names the person or hints at
 * nationality, religion, gender or age. `pseudonym` is stable per placement ("K-7F3QX").
 */
export const CandidateProfileSchema = z.object({
  pseudonym: z.string(),
  germanLevel: CefrLevelSchema.nullable(),
  germanLevels: CurrentLevelsSchema,
  languages: z.array(z.enum(candidateLanguages)),
  qualifications: z.array(CandidateQualificationSchema),
  targetOccupation: z.string().nullable(),
  availableFrom: CalendarDateSchema.nullable(),
});
export type CandidateProfile = z.infer<typeof CandidateProfileSchema>;

/** Name and contact: only after an advisor released them for this placement, and not after it ended. */
export const CandidateContactSchema = z.object({
  fullName: z.string(),
  nameLatin: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type CandidateContact = z.infer<typeof CandidateContactSchema>;

export const CandidateSchema = z.object({
  /** The placement id; every employer action addresses it. */
  id: IdSchema,
  offerId: IdSchema,
  offerTitle: z.string(),
  offerType: OfferTypeSchema,
  stage: PlacementStageSchema,
  endReason: PlacementEndReasonSchema.nullable(),
  ...stageDates,
  employerFeedback: z.string().nullable(),
  allowedStages: z.array(PlacementStageSchema),
  profile: CandidateProfileSchema,
  /** When the centre released the contact; null while it is not visible. */
  contactReleasedAt: InstantSchema.nullable(),
  contact: CandidateContactSchema.nullable(),
  version: VersionSchema,
});
export type Candidate = z.infer<typeof CandidateSchema>;

export const CandidateListQuerySchema = z.strictObject({
  offerId: IdSchema.optional(),
  stage: PlacementStageSchema.optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type CandidateListQuery = z.infer<typeof CandidateListQuerySchema>;
export const CandidatePageSchema = pageOf(CandidateSchema);

/** Employer stage change: to interview, accepted, declined (reason required), running, completed. */
export const CandidateTransitionSchema = z.strictObject({
  version: VersionSchema,
  to: PlacementStageSchema,
  on: CalendarDateSchema.optional(),
  reason: PlacementEndReasonSchema.optional(),
  note: Note.optional(),
});
export type CandidateTransition = z.infer<typeof CandidateTransitionSchema>;

export const CandidateFeedbackSchema = z.strictObject({
  version: VersionSchema,
  feedback: Note.min(1, { error: say("required") }).nullable(),
});
export type CandidateFeedback = z.infer<typeof CandidateFeedbackSchema>;

/** The employer's own language assessment of a candidate; recorded as an assessment by an employer. */
export const CandidateLanguageAssessmentSchema = z.strictObject({
  language: LanguageCodeSchema.default("de"),
  date: EntryDateSchema,
  levels: SkillLevelsSchema,
  assessorName: singleLineText()
    .min(1, { error: say("assessor_required") })
    .max(200, { error: say("max_chars", { count: 200 }) }),
  note: multiLineText()
    .max(500, { error: say("max_chars", { count: 500 }) })
    .nullable()
    .default(null),
});
export type CandidateLanguageAssessment = z.infer<typeof CandidateLanguageAssessmentSchema>;
