import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import { CefrLevelSchema } from "../reference/cefr.ts";
import { DistrictSchema } from "../reference/districts.ts";
import { HelpWantedSchema, InquiryStatusSchema } from "../reference/employers.ts";
import { KldbCodeSchema } from "../reference/kldb.ts";
import { todayInBerlin } from "../time/calendar.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, multiLineText, VersionSchema } from "./common.ts";

const NotFutureDate = CalendarDateSchema.refine((date) => date <= todayInBerlin(), {
  error: say("future_date"),
});

const HelpWantedListSchema = z
  .array(HelpWantedSchema)
  .max(5)
  .refine((items) => new Set(items).size === items.length, { error: say("duplicate") });

const inquiryFieldShape = {
  occupation: KldbCodeSchema,
  peopleCount: z
    .number()
    .int()
    .min(1, { error: say("min_count", { count: 1 }) })
    .max(500, { error: say("max_count", { count: 500 }) }),
  germanLevel: CefrLevelSchema.nullable(),
  startOn: CalendarDateSchema.nullable(),
  helpWanted: HelpWantedListSchema,
  notes: multiLineText()
    .max(2000, { error: say("max_chars", { count: 2000 }) })
    .nullable(),
};

/**
 * `companyId` is required for advisors and ignored-if-equal / refused-if-different for employers
 * (an employer always files for their own company). `receivedOn` defaults to today; `district`
 * to the company's district.
 */
export const InquiryCreateSchema = z.strictObject({
  companyId: IdSchema.optional(),
  ...inquiryFieldShape,
  peopleCount: inquiryFieldShape.peopleCount.default(1),
  germanLevel: inquiryFieldShape.germanLevel.default(null),
  startOn: inquiryFieldShape.startOn.default(null),
  helpWanted: inquiryFieldShape.helpWanted.default([]),
  notes: inquiryFieldShape.notes.default(null),
  district: DistrictSchema.optional(),
  receivedOn: NotFutureDate.optional(),
});
export type InquiryCreate = z.infer<typeof InquiryCreateSchema>;

/** Advisors only. */
export const InquiryUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    ...z.strictObject(inquiryFieldShape).partial().shape,
    district: DistrictSchema.optional(),
    status: InquiryStatusSchema.optional(),
    receivedOn: NotFutureDate.optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type InquiryUpdate = z.infer<typeof InquiryUpdateSchema>;

export const InquirySchema = z.object({
  id: IdSchema,
  companyId: IdSchema,
  companyName: z.string(),
  district: DistrictSchema,
  occupation: z.string(),
  peopleCount: z.number().int(),
  germanLevel: CefrLevelSchema.nullable(),
  startOn: CalendarDateSchema.nullable(),
  helpWanted: z.array(HelpWantedSchema),
  status: InquiryStatusSchema,
  receivedOn: CalendarDateSchema,
  notes: z.string().nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Inquiry = z.infer<typeof InquirySchema>;

export const InquiryListQuerySchema = z.strictObject({
  companyId: IdSchema.optional(),
  status: InquiryStatusSchema.optional(),
  receivedFrom: CalendarDateSchema.optional(),
  receivedTo: CalendarDateSchema.optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type InquiryListQuery = z.infer<typeof InquiryListQuerySchema>;
export const InquiryPageSchema = pageOf(InquirySchema);
