import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import {
  ConsentChannelSchema,
  ConsentPurposeSchema,
  consentPurposesOnLegalBasis,
} from "../reference/cases.ts";
import { todayInBerlin } from "../time/calendar.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, singleLineText } from "./common.ts";

const NotFutureDate = CalendarDateSchema.refine((date) => date <= todayInBerlin(), {
  error: say("future_date"),
});

export const ConsentSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  purpose: ConsentPurposeSchema,
  givenOn: CalendarDateSchema,
  channel: ConsentChannelSchema,
  noticeVersion: z.string(),
  withdrawnOn: CalendarDateSchema.nullable(),
  recordedBy: z.string(),
  createdAt: InstantSchema,
});
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentCreateSchema = z.strictObject({
  purpose: ConsentPurposeSchema.refine(
    (purpose) => !(consentPurposesOnLegalBasis as readonly string[]).includes(purpose),
    { error: say("esf_needs_no_consent") },
  ),
  givenOn: NotFutureDate,
  channel: ConsentChannelSchema,
  noticeVersion: singleLineText()
    .min(1, { error: say("notice_version_required") })
    .max(50),
});
export type ConsentCreate = z.infer<typeof ConsentCreateSchema>;

export const ConsentWithdrawSchema = z.strictObject({ withdrawnOn: NotFutureDate });
export const ConsentListSchema = z.object({ items: z.array(ConsentSchema) });
