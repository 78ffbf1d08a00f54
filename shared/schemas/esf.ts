import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CountryCodeSchema } from "../reference/countries.ts";
import { IscedLevelSchema } from "../reference/education.ts";
import {
  EsfAgeBandSchema,
  EsfEmploymentStatusSchema,
  EsfIscedBandSchema,
  EsfSensitiveAnswerSchema,
} from "../reference/employers.ts";
import { MunicipalityCodeSchema } from "../reference/municipalities.ts";
import { MonthSchema } from "../stats/months.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, VersionSchema } from "./common.ts";
import { GenderSchema } from "./person.ts";
import { CellSchema, StatsQuerySchema } from "./stats.ts";

export const EsfImmediateResultSchema = z.strictObject({
  recordedOn: CalendarDateSchema,
  jobSearching: z.boolean(),
  inEducation: z.boolean(),
  gainedQualification: z.boolean(),
  employed: z.boolean(),
});
export type EsfImmediateResult = z.infer<typeof EsfImmediateResultSchema>;

export const EsfLongTermResultSchema = z.strictObject({
  recordedOn: CalendarDateSchema,
  employed: z.boolean(),
});
export type EsfLongTermResult = z.infer<typeof EsfLongTermResultSchema>;

/**
 * What an advisor records or confirms. Exactly one employment status (long-term unemployed is a kind of
 * unemployed, so it implies it); age band and ISCED band are derived from birth date and ISCED level, never
 * typed: a request naming them is refused. Rural area follows the municipality of residence where the
 * municipality table knows it (decision 0043), else it is the advisor's answer. Everything may stay empty (a
 * draft), the report counts the gaps.
 */
const participantFields = {
  employmentStatus: EsfEmploymentStatusSchema.nullable(),
  birthDate: CalendarDateSchema.nullable(),
  iscedLevel: IscedLevelSchema.nullable(),
  gender: GenderSchema.nullable(),
  nationality: CountryCodeSchema.nullable(),
  foreignBackground: z.boolean().nullable(),
  municipality: MunicipalityCodeSchema.nullable(),
  ruralArea: z.boolean().nullable(),
  disability: EsfSensitiveAnswerSchema,
  minority: EsfSensitiveAnswerSchema,
  homeless: EsfSensitiveAnswerSchema,
};

export const EsfParticipantUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    ...z.strictObject(participantFields).partial().shape,
    confirmed: z.boolean().optional(),
    immediateResult: EsfImmediateResultSchema.nullable().optional(),
    longTermResult: EsfLongTermResultSchema.nullable().optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type EsfParticipantUpdate = z.infer<typeof EsfParticipantUpdateSchema>;

export const esfGapFields = [
  "employmentStatus",
  "birthDate",
  "iscedLevel",
  "gender",
  "nationality",
  "foreignBackground",
  "ruralArea",
  "confirmed",
  "immediateResult",
  "longTermResult",
] as const;
export const EsfGapSchema = z.enum(esfGapFields);
export type EsfGap = z.infer<typeof EsfGapSchema>;

export const EsfParticipantSchema = z.object({
  enrolmentId: IdSchema,
  programmeId: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  enteredOn: CalendarDateSchema,
  exitedOn: CalendarDateSchema.nullable(),
  ...participantFields,
  ageBand: EsfAgeBandSchema.nullable(),
  iscedBand: EsfIscedBandSchema.nullable(),
  thirdCountryNational: z.boolean().nullable(),
  /** Whether rural area was derived from the municipality (DEGURBA 3) rather than answered. */
  ruralAreaDerived: z.boolean(),
  confirmedAt: InstantSchema.nullable(),
  immediateResult: EsfImmediateResultSchema.extend({ inWindow: z.boolean() }).nullable(),
  longTermResult: EsfLongTermResultSchema.extend({ inWindow: z.boolean() }).nullable(),
  /** What the report still misses; results only once they are due. */
  gaps: z.array(EsfGapSchema),
  version: VersionSchema,
});
export type EsfParticipant = z.infer<typeof EsfParticipantSchema>;

export const EsfGapListSchema = z.object({ items: z.array(EsfParticipantSchema) });

export const EsfReportQuerySchema = z
  .strictObject({ ...StatsQuerySchema.shape, programmeId: IdSchema.optional() })
  .superRefine((query, context) => {
    const checked = StatsQuerySchema.safeParse({ from: query.from, to: query.to, scope: query.scope });
    if (!checked.success)
      for (const issue of checked.error.issues)
        context.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type EsfReportQuery = z.infer<typeof EsfReportQuerySchema>;

export const EsfReportRowSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** Participants are counted by gender; entities (EECO19, supported SMEs) only in total, their gender cells empty. */
  kind: z.enum(["participants", "entities"]),
  women: CellSchema,
  men: CellSchema,
  nonBinary: CellSchema,
  total: CellSchema,
});
export type EsfReportRow = z.infer<typeof EsfReportRowSchema>;

export const EsfReportSchema = z.object({
  scope: z.enum(["centre", "region"]),
  from: MonthSchema,
  to: MonthSchema,
  programmeId: IdSchema.nullable(),
  rows: z.array(EsfReportRowSchema),
  /** Participants who entered in the period but are not counted because their record is incomplete. */
  incomplete: CellSchema,
});
export type EsfReport = z.infer<typeof EsfReportSchema>;
