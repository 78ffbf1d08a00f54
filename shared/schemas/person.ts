import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import { CaseStatusSchema, ConcernSchema, openCaseStatuses } from "../reference/cases.ts";
import { CefrLevelSchema } from "../reference/cefr.ts";
import { CountryCodeSchema, LanguageCodeSchema } from "../reference/countries.ts";
import { ResidenceAreaSchema } from "../reference/districts.ts";
import { IscedLevelSchema } from "../reference/education.ts";
import { KldbCodeSchema } from "../reference/kldb.ts";
import {
  RecognitionBodySchema,
  RecognitionStatusSchema,
  ResidencePermitTypeSchema,
} from "../reference/residence.ts";
import { todayInBerlin } from "../time/calendar.ts";
import {
  CalendarDateSchema,
  EmailAddressSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";
import { CurrentLevelsSchema } from "./language.ts";

export const genders = ["female", "male", "diverse"] as const;
export const GenderSchema = z.enum(genders);
export type Gender = z.infer<typeof GenderSchema>;

const PastDateSchema = CalendarDateSchema.refine((date) => date <= todayInBerlin(), {
  error: say("future_date"),
});
const NameSchema = singleLineText()
  .min(1, { error: say("required") })
  .max(100, { error: say("max_chars", { count: 100 }) });
const OptionalText = (max: number, text = singleLineText) =>
  text()
    .max(max, { error: say("max_chars", { count: max }) })
    .nullable();

export const QualificationSchema = z.strictObject({
  occupation: KldbCodeSchema,
  title: singleLineText().max(200).nullable().default(null),
  country: CountryCodeSchema,
  year: z
    .number()
    .int()
    .min(1950, { error: say("year_from_1950") })
    .max(2100),
});
export type Qualification = z.infer<typeof QualificationSchema>;

const personFieldShape = {
  familyName: NameSchema,
  givenNames: NameSchema,
  nameLatin: OptionalText(200),
  birthDate: PastDateSchema.refine((date) => date >= "1900-01-01", { error: say("before_1900") }),
  gender: GenderSchema.nullable(),
  nationality: CountryCodeSchema,
  languages: z.array(LanguageCodeSchema).max(12, { error: say("too_many_languages", { count: 12 }) }),
  email: EmailAddressSchema.nullable(),
  phone: singleLineText()
    .regex(/^\+?[0-9 ()/-]{5,30}$/, { error: say("phone_format") })
    .nullable(),
  district: ResidenceAreaSchema,
  arrivalDate: PastDateSchema.nullable(),
  educationLevel: IscedLevelSchema.nullable(),
  qualifications: z
    .array(QualificationSchema)
    .max(10, { error: say("too_many_qualifications", { count: 10 }) }),
  targetOccupation: KldbCodeSchema.nullable(),
  availableFrom: CalendarDateSchema.nullable(),
  // permitType / permitExpiresOn: the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  permitType: ResidencePermitTypeSchema.nullable(),
  permitExpiresOn: CalendarDateSchema.nullable(),
  fastTrack81a: z.boolean(),
  recognitionOccupation: KldbCodeSchema.nullable(),
  recognitionBody: RecognitionBodySchema.nullable(),
  recognitionStatus: RecognitionStatusSchema,
  recognitionDeficits: OptionalText(2000, multiLineText),
  recognitionMeasure: OptionalText(500),
  notes: OptionalText(5000, multiLineText),
};

type PersonFieldsShape = typeof personFieldShape;
type PersonFieldValues = { [K in keyof PersonFieldsShape]?: z.output<PersonFieldsShape[K]> };

/** Rules across fields, shared by create and update (an update is checked against the merged record). */
export function personRuleIssues(value: PersonFieldValues): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (value.recognitionStatus !== "partial") {
    if (value.recognitionDeficits) issues.push({ path: "recognitionDeficits", message: say("only_partial") });
    if (value.recognitionMeasure) issues.push({ path: "recognitionMeasure", message: say("only_partial") });
  } else if (!value.recognitionDeficits) {
    issues.push({ path: "recognitionDeficits", message: say("deficits_required") });
  }
  if (value.permitExpiresOn && !value.permitType) {
    issues.push({ path: "permitType", message: say("permit_type_required") });
  }
  if (value.permitExpiresOn && value.permitType === "eu_free_movement") {
    issues.push({ path: "permitExpiresOn", message: say("free_movement_no_expiry") });
  }
  if (value.arrivalDate && value.birthDate && value.arrivalDate < value.birthDate) {
    issues.push({ path: "arrivalDate", message: say("arrival_before_birth") });
  }
  if (value.languages && new Set(value.languages).size !== value.languages.length) {
    issues.push({ path: "languages", message: say("duplicate_language") });
  }
  return issues;
}

const withPersonRules = <T extends z.ZodType<PersonFieldValues>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    for (const issue of personRuleIssues(value))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });

export const PersonFieldsSchema = z.strictObject(personFieldShape);

export const PersonCreateSchema = withPersonRules(
  z.strictObject({
    ...personFieldShape,
    gender: personFieldShape.gender.default(null),
    nameLatin: personFieldShape.nameLatin.default(null),
    languages: personFieldShape.languages.default([]),
    email: personFieldShape.email.default(null),
    phone: personFieldShape.phone.default(null),
    arrivalDate: personFieldShape.arrivalDate.default(null),
    educationLevel: personFieldShape.educationLevel.default(null),
    qualifications: personFieldShape.qualifications.default([]),
    targetOccupation: personFieldShape.targetOccupation.default(null),
    availableFrom: personFieldShape.availableFrom.default(null),
    permitType: personFieldShape.permitType.default(null),
    permitExpiresOn: personFieldShape.permitExpiresOn.default(null),
    fastTrack81a: personFieldShape.fastTrack81a.default(false),
    recognitionOccupation: personFieldShape.recognitionOccupation.default(null),
    recognitionBody: personFieldShape.recognitionBody.default(null),
    recognitionStatus: personFieldShape.recognitionStatus.default("not_started"),
    recognitionDeficits: personFieldShape.recognitionDeficits.default(null),
    recognitionMeasure: personFieldShape.recognitionMeasure.default(null),
    notes: personFieldShape.notes.default(null),
    acknowledgedDuplicates: z.array(IdSchema).max(20).default([]),
  }),
);
export type PersonCreate = z.infer<typeof PersonCreateSchema>;

export const PersonUpdateSchema = z
  .strictObject({ version: VersionSchema, ...PersonFieldsSchema.partial().shape })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;

export const OpenCaseSummarySchema = z.object({
  id: IdSchema,
  status: CaseStatusSchema,
  advisorId: IdSchema.nullable(),
  advisorName: z.string().nullable(),
});

export const PersonFlagsSchema = z.object({
  // permitExpiring / permitExpired: the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  permitExpiring: z.boolean(),
  permitExpired: z.boolean(),
});

export const PersonSchema = PersonFieldsSchema.extend({
  id: IdSchema,
  centreId: IdSchema,
  openCase: OpenCaseSummarySchema.nullable(),
  flags: PersonFlagsSchema,
  /** Headline current German level and whether an assessment lies below a certificate (language module). */
  germanLevel: CefrLevelSchema.nullable(),
  /** Current German level per skill (see shared/language/levels.ts), null without German entries. */
  germanLevels: CurrentLevelsSchema.nullable(),
  certificateGap: z.boolean(),
  /** Set when the person was anonymised (Art. 17): names and contact are gone, nothing can change. */
  anonymisedAt: z.string().nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const PersonListItemSchema = z.object({
  id: IdSchema,
  familyName: z.string(),
  givenNames: z.string(),
  nameLatin: z.string().nullable(),
  birthDate: CalendarDateSchema,
  nationality: z.string(),
  district: ResidenceAreaSchema,
  // permitType / permitExpiresOn: the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  permitType: ResidencePermitTypeSchema.nullable(),
  permitExpiresOn: CalendarDateSchema.nullable(),
  openCase: OpenCaseSummarySchema.nullable(),
  flags: PersonFlagsSchema,
  germanLevel: CefrLevelSchema.nullable(),
  certificateGap: z.boolean(),
  anonymisedAt: z.string().nullable(),
});
export type PersonListItem = z.infer<typeof PersonListItemSchema>;

// "permitExpiresOn": sorts by the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
export const personSorts = ["name", "-name", "-created", "permitExpiresOn"] as const;

export const PersonListQuerySchema = z.strictObject({
  q: singleLineText().max(100).optional(),
  status: z.enum([...openCaseStatuses, "none"]).optional(),
  advisor: IdSchema.optional(),
  concern: ConcernSchema.optional(),
  nationality: CountryCodeSchema.optional(),
  district: ResidenceAreaSchema.optional(),
  // permitType / permitExpiringWithin (query parameters): the residence permit; the wire name keeps "permit" for outside clients (decision 0053).
  permitType: ResidencePermitTypeSchema.optional(),
  permitExpiringWithin: z.coerce.number().int().min(0).max(3650).optional(),
  certificateGap: z.enum(["true", "false"]).optional(),
  sort: z.enum(personSorts).default("name"),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

export const PersonPageSchema = pageOf(PersonListItemSchema);

export const DuplicateQuerySchema = z.strictObject({
  familyName: NameSchema,
  givenNames: NameSchema,
  birthDate: CalendarDateSchema.optional(),
  excludeId: IdSchema.optional(),
});

export const DuplicateCandidateSchema = z.object({
  id: IdSchema,
  familyName: z.string(),
  givenNames: z.string(),
  birthDate: CalendarDateSchema,
  nationality: z.string(),
  reason: z.enum(["same_name", "similar_name"]),
  /** "name_and_birth_date" is a likely duplicate (creating needs an acknowledgement); "name" a namesake. */
  match: z.enum(["name_and_birth_date", "name"]),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidateSchema>;
export const DuplicateListSchema = z.object({ items: z.array(DuplicateCandidateSchema) });
