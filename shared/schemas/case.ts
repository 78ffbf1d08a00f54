import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import {
  ActivityTypeSchema,
  CaseOutcomeSchema,
  CaseStatusSchema,
  ConcernSchema,
  SourceChannelSchema,
} from "../reference/cases.ts";
import { todayInBerlin } from "../time/calendar.ts";
import {
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";

const NotFutureDate = CalendarDateSchema.refine((date) => date <= todayInBerlin(), {
  error: say("future_date"),
});
const ConcernsSchema = z
  .array(ConcernSchema)
  .min(1, { error: say("concern_required") })
  .max(7)
  .refine((list) => new Set(list).size === list.length, { error: say("duplicate_concern") });

export const CaseSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  status: CaseStatusSchema,
  concerns: z.array(ConcernSchema),
  sourceChannel: SourceChannelSchema,
  advisorId: IdSchema.nullable(),
  advisorName: z.string().nullable(),
  outcome: CaseOutcomeSchema.nullable(),
  openedOn: CalendarDateSchema,
  closedOn: CalendarDateSchema.nullable(),
  lastActivityOn: CalendarDateSchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Case = z.infer<typeof CaseSchema>;

export const CaseCreateSchema = z.strictObject({
  personId: IdSchema,
  concerns: ConcernsSchema,
  sourceChannel: SourceChannelSchema,
  advisorId: IdSchema.nullable().optional(),
  openedOn: NotFutureDate.optional(),
});
export type CaseCreate = z.infer<typeof CaseCreateSchema>;

export const CaseUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    concerns: ConcernsSchema.optional(),
    sourceChannel: SourceChannelSchema.optional(),
    advisorId: IdSchema.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type CaseUpdate = z.infer<typeof CaseUpdateSchema>;

export const CaseTransitionSchema = z.strictObject({
  version: VersionSchema,
  to: CaseStatusSchema,
  outcome: CaseOutcomeSchema.optional(),
  closedOn: NotFutureDate.optional(),
});
export type CaseTransition = z.infer<typeof CaseTransitionSchema>;

export const CaseReopenSchema = z.strictObject({ version: VersionSchema });

export const CaseListQuerySchema = z.strictObject({
  q: singleLineText().max(100).optional(),
  status: z.enum([...CaseStatusSchema.options, "open"]).optional(),
  advisor: IdSchema.optional(),
  concern: ConcernSchema.optional(),
  personId: IdSchema.optional(),
  sort: z.enum(["-opened", "opened", "name"]).default("-opened"),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;
export const CasePageSchema = pageOf(CaseSchema);

export const ActivitySchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  type: ActivityTypeSchema,
  occurredOn: CalendarDateSchema,
  durationMinutes: z.number().int().nullable(),
  text: z.string(),
  authorId: IdSchema,
  authorName: z.string(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Activity = z.infer<typeof ActivitySchema>;

const activityFields = {
  type: ActivityTypeSchema,
  occurredOn: NotFutureDate,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60, { error: say("max_24_hours") })
    .nullable(),
  text: multiLineText()
    .min(1, { error: say("text_required") })
    .max(5000, { error: say("max_chars", { count: 5000 }) }),
};
export const ActivityCreateSchema = z.strictObject({
  ...activityFields,
  durationMinutes: activityFields.durationMinutes.default(null),
});
export type ActivityCreate = z.infer<typeof ActivityCreateSchema>;
export const ActivityUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    type: activityFields.type.optional(),
    occurredOn: activityFields.occurredOn.optional(),
    durationMinutes: activityFields.durationMinutes.optional(),
    text: activityFields.text.optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type ActivityUpdate = z.infer<typeof ActivityUpdateSchema>;
export const ActivityListSchema = z.object({ items: z.array(ActivitySchema) });
