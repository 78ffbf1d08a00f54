import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CalendarDateSchema, IdSchema, multiLineText, VersionSchema } from "./common.ts";

export const AnonymiseRequestSchema = z.strictObject({
  version: VersionSchema,
  reason: multiLineText()
    .min(3, { error: say("reason_required") })
    .max(500, { error: say("max_chars", { count: 500 }) }),
});
export type AnonymiseRequest = z.infer<typeof AnonymiseRequestSchema>;

/** Why a person must be kept (Art. 17(3)(b) GDPR); the UI names the programme and the date in words. */
export const LegalHoldSchema = z.object({
  kind: z.literal("esf_plus_retention"),
  programmeId: IdSchema,
  programmeName: z.string(),
  /** null = the managing authority has not yet named the day, so the hold has no end yet. */
  keepUntil: CalendarDateSchema.nullable(),
});
export type LegalHold = z.infer<typeof LegalHoldSchema>;

export const AnonymiseResultSchema = z.object({ id: IdSchema, status: z.literal("anonymised") });
export type AnonymiseResult = z.infer<typeof AnonymiseResultSchema>;
