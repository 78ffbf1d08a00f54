import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import {
  EnrolmentStatusSchema,
  EsfAgeBandSchema,
  EsfEmploymentStatusSchema,
  EsfIscedBandSchema,
  EsfSensitiveAnswerSchema,
  FundingSourceSchema,
  ProgrammeKeySchema,
} from "../reference/employers.ts";
import {
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";

const programmeFieldShape = {
  key: ProgrammeKeySchema,
  name: singleLineText()
    .min(1, { error: say("required") })
    .max(200, { error: say("max_chars", { count: 200 }) }),
  description: multiLineText()
    .max(2000, { error: say("max_chars", { count: 2000 }) })
    .nullable(),
  fundingSource: FundingSourceSchema,
  esfProjectNumber: singleLineText()
    .max(50, { error: say("max_chars", { count: 50 }) })
    .nullable(),
  startsOn: CalendarDateSchema,
  endsOn: CalendarDateSchema.nullable(),
  /** ESF+: participants are kept until this day (Art. 82 Reg. (EU) 2021/1060); null = not yet known. */
  keepUntil: CalendarDateSchema.nullable(),
};

export function programmeRuleIssues(value: {
  fundingSource?: string | undefined;
  esfProjectNumber?: string | null | undefined;
  startsOn?: string | undefined;
  endsOn?: string | null | undefined;
}) {
  const issues: { path: string; message: string }[] = [];
  if (value.fundingSource === "esf_plus" && !value.esfProjectNumber)
    issues.push({ path: "esfProjectNumber", message: say("esf_project_number_required") });
  if (value.fundingSource !== undefined && value.fundingSource !== "esf_plus" && value.esfProjectNumber)
    issues.push({ path: "esfProjectNumber", message: say("project_number_only_esf") });
  if (value.startsOn && value.endsOn && value.endsOn < value.startsOn)
    issues.push({ path: "endsOn", message: say("end_before_start") });
  return issues;
}

/** Programmes created through the API belong to the creator's centre ("own"); the regional catalogue is seeded. */
export const ProgrammeCreateSchema = z
  .strictObject({
    ...programmeFieldShape,
    key: programmeFieldShape.key.default("own"),
    description: programmeFieldShape.description.default(null),
    esfProjectNumber: programmeFieldShape.esfProjectNumber.default(null),
    endsOn: programmeFieldShape.endsOn.default(null),
    keepUntil: programmeFieldShape.keepUntil.default(null),
  })
  .superRefine((value, ctx) => {
    for (const issue of programmeRuleIssues(value))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });
export type ProgrammeCreate = z.infer<typeof ProgrammeCreateSchema>;

export const ProgrammeUpdateSchema = z
  .strictObject({ version: VersionSchema, ...z.strictObject(programmeFieldShape).partial().shape })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type ProgrammeUpdate = z.infer<typeof ProgrammeUpdateSchema>;

export const ProgrammeSchema = z.object({
  id: IdSchema,
  /** null = the alliance's regional catalogue (read-only through the API); else the owning centre. */
  centreId: IdSchema.nullable(),
  key: ProgrammeKeySchema,
  name: z.string(),
  description: z.string().nullable(),
  fundingSource: FundingSourceSchema,
  esfProjectNumber: z.string().nullable(),
  startsOn: CalendarDateSchema,
  endsOn: CalendarDateSchema.nullable(),
  keepUntil: CalendarDateSchema.nullable(),
  /** Enrolments of the viewer's centre (0 for employers). */
  activeEnrolments: z.number().int(),
  canEdit: z.boolean(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Programme = z.infer<typeof ProgrammeSchema>;
export const ProgrammeListSchema = z.object({ items: z.array(ProgrammeSchema) });

/** ESF+ entry data ("Eintrittsdaten"); sensitive items are optional and allow "no_answer". */
export const EsfEntrySchema = z.strictObject({
  employmentStatus: EsfEmploymentStatusSchema,
  ageBand: EsfAgeBandSchema,
  iscedBand: EsfIscedBandSchema,
  thirdCountryNational: z.boolean(),
  disability: EsfSensitiveAnswerSchema.default("no_answer"),
  disadvantaged: EsfSensitiveAnswerSchema.default("no_answer"),
});
export type EsfEntry = z.infer<typeof EsfEntrySchema>;

/** ESF+ results within four weeks of leaving. */
export const EsfResultSchema = z.strictObject({
  recordedOn: CalendarDateSchema,
  inEducation: z.boolean(),
  gainedQualification: z.boolean(),
  employed: z.boolean(),
  jobSearching: z.boolean(),
});
export type EsfResult = z.infer<typeof EsfResultSchema>;

export const EnrolmentCreateSchema = z.strictObject({
  programmeId: IdSchema,
  personId: IdSchema,
  enteredOn: CalendarDateSchema,
  esfEntry: EsfEntrySchema.nullable().default(null),
});
export type EnrolmentCreate = z.infer<typeof EnrolmentCreateSchema>;

/** `status` completed/dropped_out needs `exitedOn`; `esfResult` only once exited. */
export const EnrolmentUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    status: EnrolmentStatusSchema.optional(),
    enteredOn: CalendarDateSchema.optional(),
    exitedOn: CalendarDateSchema.nullable().optional(),
    esfEntry: EsfEntrySchema.nullable().optional(),
    esfResult: EsfResultSchema.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type EnrolmentUpdate = z.infer<typeof EnrolmentUpdateSchema>;

export const EnrolmentSchema = z.object({
  id: IdSchema,
  programmeId: IdSchema,
  programmeName: z.string(),
  fundingSource: FundingSourceSchema,
  personId: IdSchema,
  personName: z.string(),
  status: EnrolmentStatusSchema,
  enteredOn: CalendarDateSchema,
  exitedOn: CalendarDateSchema.nullable(),
  esfEntry: EsfEntrySchema.nullable(),
  esfResult: EsfResultSchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const EnrolmentListQuerySchema = z.strictObject({
  programmeId: IdSchema.optional(),
  personId: IdSchema.optional(),
  status: EnrolmentStatusSchema.optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type EnrolmentListQuery = z.infer<typeof EnrolmentListQuerySchema>;
export const EnrolmentPageSchema = pageOf(EnrolmentSchema);
