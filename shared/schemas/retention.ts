import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { LegalHoldSchema } from "./anonymisation.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, multiLineText } from "./common.ts";

export const RETENTION_YEARS_DEFAULT = 3;
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 30;
/** The screen lists who falls due within this many days (and everyone overdue). */
export const RETENTION_HORIZON_DAYS = 30;

export const RetentionBasisSchema = z.enum(["case_closed", "last_activity"]);
export type RetentionBasis = z.infer<typeof RetentionBasisSchema>;

export const RetentionPostponementSchema = z.object({
  dueOn: CalendarDateSchema,
  reason: z.string(),
  postponedAt: InstantSchema,
  postponedBy: z.string(),
});

export const RetentionEntrySchema = z.object({
  personId: IdSchema,
  familyName: z.string(),
  givenNames: z.string(),
  basis: RetentionBasisSchema,
  /** The day the basis happened: the last case closed, or the last change to the person. */
  basisOn: CalendarDateSchema,
  /** basisOn + the centre's years; the postponement replaces it when there is one. */
  ruleDueOn: CalendarDateSchema,
  dueOn: CalendarDateSchema,
  overdue: z.boolean(),
  postponement: RetentionPostponementSchema.nullable(),
  holds: z.array(LegalHoldSchema),
});
export type RetentionEntry = z.infer<typeof RetentionEntrySchema>;

export const JobRunSummarySchema = z.object({
  runKey: z.string(),
  status: z.enum(["running", "succeeded", "failed"]),
  startedAt: InstantSchema,
  finishedAt: InstantSchema.nullable(),
  /** Persons of the signed-in admin's centre this run anonymised. */
  anonymised: z.number().int().min(0),
});
export type JobRunSummary = z.infer<typeof JobRunSummarySchema>;

export const RetentionOverviewSchema = z.object({
  today: CalendarDateSchema,
  horizonOn: CalendarDateSchema,
  retentionYears: z.number().int(),
  /** Due within the horizon or overdue, overdue first; persons under a legal hold are in `held`. */
  due: z.array(RetentionEntrySchema),
  held: z.array(RetentionEntrySchema),
  /** More persons were due than the list shows. */
  truncated: z.boolean(),
  lastRun: JobRunSummarySchema.nullable(),
});
export type RetentionOverview = z.infer<typeof RetentionOverviewSchema>;

export const RetentionSettingsSchema = z.object({
  retentionYears: z
    .number({ error: say("whole_years") })
    .int({ error: say("whole_years") })
    .min(RETENTION_YEARS_MIN, { error: say("min_years", { count: RETENTION_YEARS_MIN }) })
    .max(RETENTION_YEARS_MAX, { error: say("max_years", { count: RETENTION_YEARS_MAX }) }),
});
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;

export const RetentionPostponeSchema = z.object({
  dueOn: CalendarDateSchema,
  reason: multiLineText()
    .min(3, { error: say("reason_required") })
    .max(500, { error: say("max_chars", { count: 500 }) }),
});
export type RetentionPostpone = z.infer<typeof RetentionPostponeSchema>;

export const RetentionPostponedSchema = RetentionPostponementSchema.extend({ personId: IdSchema });
export type RetentionPostponed = z.infer<typeof RetentionPostponedSchema>;
