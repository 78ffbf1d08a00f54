import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CountryCodeSchema } from "../reference/countries.ts";
import { SealStatusSchema, SealWarningSchema } from "../reference/employers.ts";
import {
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";

const OptionalText = (max: number, text = singleLineText) =>
  text()
    .max(max, { error: say("max_chars", { count: max }) })
    .nullable();

const agencyFieldShape = {
  name: singleLineText()
    .min(1, { error: say("required") })
    .max(200, { error: say("max_chars", { count: 200 }) }),
  country: CountryCodeSchema,
  sealStatus: SealStatusSchema,
  sealValidUntil: CalendarDateSchema.nullable(),
  website: OptionalText(300),
  notes: OptionalText(2000, multiLineText),
};

export function agencyRuleIssues(value: {
  sealStatus?: string | undefined;
  sealValidUntil?: string | null | undefined;
}): { path: string; message: string }[] {
  if (value.sealStatus === "certified" && !value.sealValidUntil)
    return [{ path: "sealValidUntil", message: say("seal_valid_until_required") }];
  return [];
}

export const AgencyCreateSchema = z
  .strictObject({
    ...agencyFieldShape,
    sealStatus: agencyFieldShape.sealStatus.default("none"),
    sealValidUntil: agencyFieldShape.sealValidUntil.default(null),
    website: agencyFieldShape.website.default(null),
    notes: agencyFieldShape.notes.default(null),
  })
  .superRefine((value, ctx) => {
    for (const issue of agencyRuleIssues(value))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });
export type AgencyCreate = z.infer<typeof AgencyCreateSchema>;

export const AgencyUpdateSchema = z
  .strictObject({ version: VersionSchema, ...z.strictObject(agencyFieldShape).partial().shape })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type AgencyUpdate = z.infer<typeof AgencyUpdateSchema>;

/** What a company or person shows of its agency, with the seal warning computed for today. */
export const AgencySummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  country: z.string(),
  sealStatus: SealStatusSchema,
  sealValidUntil: CalendarDateSchema.nullable(),
  sealWarning: SealWarningSchema.nullable(),
});
export type AgencySummary = z.infer<typeof AgencySummarySchema>;

export const AgencySchema = AgencySummarySchema.extend({
  website: z.string().nullable(),
  notes: z.string().nullable(),
  companyCount: z.number().int(),
  personCount: z.number().int(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Agency = z.infer<typeof AgencySchema>;

export const AgencyListQuerySchema = z.strictObject({
  q: singleLineText().max(100).optional(),
  sealWarning: z.enum(["any", "none"]).optional(),
});
export const AgencyListSchema = z.object({ items: z.array(AgencySchema) });

/** `PUT /api/persons/:id/agency` body and the answer of GET/PUT on that path. */
export const AgencyLinkSchema = z.strictObject({ agencyId: IdSchema.nullable() });
export type AgencyLink = z.infer<typeof AgencyLinkSchema>;
export const PersonAgencySchema = z.object({ personId: IdSchema, agency: AgencySummarySchema.nullable() });
export type PersonAgency = z.infer<typeof PersonAgencySchema>;
