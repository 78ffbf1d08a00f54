import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { languageSkills, languageSources } from "../language/levels.ts";
import { type CefrLevel, CefrLevelSchema, cefrRank } from "../reference/cefr.ts";
import { LanguageCodeSchema } from "../reference/countries.ts";
import {
  AssessorTypeSchema,
  CertificateProviderSchema,
  certificateProviderNames,
  lowestCertifiedLevel,
} from "../reference/language.ts";
import { todayInBerlin } from "../time/calendar.ts";
import {
  CalendarDateSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";

export const LanguageSkillSchema = z.enum(languageSkills);
export const LanguageSourceSchema = z.enum(languageSources);

export const EntryDateSchema = CalendarDateSchema.refine((date) => date <= todayInBerlin(), {
  error: say("future_date"),
}).refine((date) => date >= "1990-01-01", { error: say("before_1990") });

const optionalLevel = CefrLevelSchema.optional();
export const SkillLevelsSchema = z
  .strictObject({
    listening: optionalLevel,
    reading: optionalLevel,
    writing: optionalLevel,
    speaking: optionalLevel,
    overall: optionalLevel,
  })
  .refine((levels) => Object.values(levels).some(Boolean), {
    error: say("level_required"),
  });
export type SkillLevelsInput = z.infer<typeof SkillLevelsSchema>;

const NoteSchema = multiLineText()
  .max(500, { error: say("max_chars", { count: 500 }) })
  .nullable()
  .default(null);

const entryBase = {
  language: LanguageCodeSchema.default("de"),
  date: EntryDateSchema,
  levels: SkillLevelsSchema,
  note: NoteSchema,
};

export const CertificateEntryCreateSchema = z.strictObject({
  source: z.literal("certificate"),
  ...entryBase,
  provider: CertificateProviderSchema,
  certificateNumber: singleLineText()
    .max(50, { error: say("max_chars", { count: 50 }) })
    .nullable()
    .default(null)
    .transform((value) => value || null),
});

export const AssessmentEntryCreateSchema = z.strictObject({
  source: z.literal("assessment"),
  ...entryBase,
  assessorType: AssessorTypeSchema,
  assessorName: singleLineText()
    .min(1, { error: say("assessor_required") })
    .max(200, { error: say("max_chars", { count: 200 }) }),
});

/** Certificate-only rule: some providers certify nothing below a level (TestDaF from B2). */
export function certificateLevelIssues(value: {
  source: string;
  provider?: string | null;
  levels: Partial<Record<string, CefrLevel | undefined>>;
}): { path: string[]; message: string }[] {
  if (value.source !== "certificate" || !value.provider) return [];
  const lowest = lowestCertifiedLevel[value.provider as keyof typeof lowestCertifiedLevel];
  if (!lowest) return [];
  const name = certificateProviderNames[value.provider as keyof typeof certificateProviderNames];
  return languageSkills.flatMap((skill) => {
    const level = value.levels[skill];
    return level && cefrRank(level) < cefrRank(lowest)
      ? [{ path: ["levels", skill], message: say("certified_from", { provider: name, level: lowest }) }]
      : [];
  });
}

export const LanguageEntryCreateSchema = z
  .discriminatedUnion("source", [CertificateEntryCreateSchema, AssessmentEntryCreateSchema])
  .superRefine((value, ctx) => {
    for (const issue of certificateLevelIssues(value))
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type LanguageEntryCreate = z.infer<typeof LanguageEntryCreateSchema>;
export type LanguageEntryCreateInput = z.input<typeof LanguageEntryCreateSchema>;

/** A change keeps the source and language; the merged entry is checked again with the create rules. */
export const LanguageEntryUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    date: EntryDateSchema.optional(),
    levels: SkillLevelsSchema.optional(),
    note: multiLineText()
      .max(500, { error: say("max_chars", { count: 500 }) })
      .nullable()
      .optional(),
    provider: CertificateProviderSchema.optional(),
    certificateNumber: singleLineText()
      .max(50, { error: say("max_chars", { count: 50 }) })
      .nullable()
      .optional(),
    assessorType: AssessorTypeSchema.optional(),
    assessorName: singleLineText()
      .min(1, { error: say("assessor_required") })
      .max(200)
      .optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type LanguageEntryUpdate = z.infer<typeof LanguageEntryUpdateSchema>;

export const SkillLevelsRecordSchema = z.object({
  listening: optionalLevel,
  reading: optionalLevel,
  writing: optionalLevel,
  speaking: optionalLevel,
  overall: optionalLevel,
});

export const LanguageEntrySchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  language: z.string(),
  source: LanguageSourceSchema,
  date: CalendarDateSchema,
  levels: SkillLevelsRecordSchema,
  provider: CertificateProviderSchema.nullable(),
  certificateNumber: z.string().nullable(),
  assessorType: AssessorTypeSchema.nullable(),
  assessorName: z.string().nullable(),
  note: z.string().nullable(),
  companyId: IdSchema.nullable(),
  companyName: z.string().nullable(),
  sessionId: IdSchema.nullable(),
  recordedBy: IdSchema,
  recordedByName: z.string(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type LanguageEntry = z.infer<typeof LanguageEntrySchema>;

export const CurrentLevelSchema = z.object({
  level: CefrLevelSchema,
  source: LanguageSourceSchema,
  on: CalendarDateSchema,
});
export const CurrentLevelsSchema = z.object({
  listening: CurrentLevelSchema.optional(),
  reading: CurrentLevelSchema.optional(),
  writing: CurrentLevelSchema.optional(),
  speaking: CurrentLevelSchema.optional(),
  overall: CurrentLevelSchema.optional(),
});

export const CertificateGapSchema = z.object({
  skill: LanguageSkillSchema,
  certificate: CurrentLevelSchema,
  assessment: CurrentLevelSchema,
  levelsBelow: z.number().int().min(1),
});

export const LanguageSummarySchema = z.object({
  language: z.string(),
  headline: CefrLevelSchema.nullable(),
  current: CurrentLevelsSchema,
  certificates: CurrentLevelsSchema,
  gaps: z.array(CertificateGapSchema),
});
export type LanguageSummary = z.infer<typeof LanguageSummarySchema>;

/** `GET /api/persons/:id/language`: every entry newest first, and per language the computed levels. */
export const LanguageOverviewSchema = z.object({
  items: z.array(LanguageEntrySchema),
  languages: z.array(LanguageSummarySchema),
});
export type LanguageOverview = z.infer<typeof LanguageOverviewSchema>;

export const LanguageSessionParticipantSchema = z.strictObject({
  personId: IdSchema,
  levels: SkillLevelsSchema,
  note: NoteSchema,
});

/** A Betriebssprachtag: one assessment entry per participant, written all together or not at all. */
export const LanguageSessionCreateSchema = z
  .strictObject({
    date: EntryDateSchema,
    language: LanguageCodeSchema.default("de"),
    companyId: IdSchema.nullable().default(null),
    companyName: singleLineText()
      .max(200, { error: say("max_chars", { count: 200 }) })
      .nullable()
      .default(null),
    assessorName: singleLineText()
      .min(1, { error: say("assessor_required") })
      .max(200, { error: say("max_chars", { count: 200 }) }),
    participants: z
      .array(LanguageSessionParticipantSchema)
      .min(1, { error: say("participant_required") })
      .max(60, { error: say("max_participants", { count: 60 }) }),
  })
  .superRefine((value, ctx) => {
    if (!value.companyId && !value.companyName)
      ctx.addIssue({ code: "custom", path: ["companyId"], message: say("company_for_session") });
    const seen = new Set<string>();
    value.participants.forEach((participant, index) => {
      if (seen.has(participant.personId))
        ctx.addIssue({
          code: "custom",
          path: ["participants", index, "personId"],
          message: say("duplicate_participant"),
        });
      seen.add(participant.personId);
    });
  });
export type LanguageSessionCreate = z.infer<typeof LanguageSessionCreateSchema>;

export const LanguageSessionResultSchema = z.object({
  sessionId: IdSchema,
  items: z.array(LanguageEntrySchema),
});
export type LanguageSessionResult = z.infer<typeof LanguageSessionResultSchema>;
