import { z } from "zod";
import { AgencySummarySchema } from "./agency.ts";
import { AppointmentSchema } from "./appointment.ts";
import { PersonAccessEntrySchema } from "./audit.ts";
import { ActivitySchema, CaseSchema } from "./case.ts";
import { CalendarDateSchema, IdSchema, InstantSchema } from "./common.ts";
import { ConsentSchema } from "./consent.ts";
import { DocumentSchema } from "./document.ts";
import { LanguageEntrySchema } from "./language.ts";
import { PersonSchema } from "./person.ts";
import { PlacementSchema } from "./placement.ts";
import { EnrolmentSchema } from "./programme.ts";
import { TaskSchema } from "./task.ts";

/** Raised when a section's shape changes, so a reader of an older file knows what it holds. */
export const PERSON_EXPORT_FORMAT_VERSION = 1;

/** One step of a consent: given or withdrawn, on which day, recorded when and by whom (from the audit). */
export const ConsentEventSchema = z.object({
  event: z.enum(["given", "withdrawn"]),
  on: CalendarDateSchema,
  recordedAt: InstantSchema.nullable(),
  recordedBy: z.string().nullable(),
});
export type ConsentEvent = z.infer<typeof ConsentEventSchema>;

export const ExportConsentSchema = ConsentSchema.extend({ history: z.array(ConsentEventSchema) });
export type ExportConsent = z.infer<typeof ExportConsentSchema>;

export const ExportCaseSchema = CaseSchema.extend({
  activities: z.array(ActivitySchema),
  tasks: z.array(TaskSchema),
});
export type ExportCase = z.infer<typeof ExportCaseSchema>;

/** The stored placement, without what only the advisor's screen needs (allowed next steps). */
export const ExportPlacementSchema = PlacementSchema.omit({ canReleaseContact: true, allowedStages: true });
export type ExportPlacement = z.infer<typeof ExportPlacementSchema>;

/**
 * A company that received the person's data: the minimal profile with a proposal, name and contact with a
 * release, and how often its users opened the candidate (from the audit).
 */
export const ExportRecipientSchema = z.object({
  companyId: IdSchema.nullable(),
  companyName: z.string(),
  profileSharedOn: CalendarDateSchema.nullable(),
  contactReleasedAt: InstantSchema.nullable(),
  employerAccesses: z.number().int().nonnegative(),
  lastEmployerAccessAt: InstantSchema.nullable(),
});
export type ExportRecipient = z.infer<typeof ExportRecipientSchema>;

/** Art. 15 GDPR: everything stored about one person, and who received or read it. */
export const PersonExportSchema = z.object({
  formatVersion: z.literal(PERSON_EXPORT_FORMAT_VERSION),
  generatedAt: InstantSchema,
  generatedBy: z.object({ name: z.string(), role: z.string() }),
  centre: z.object({ id: IdSchema, name: z.string() }),
  profile: PersonSchema,
  consents: z.array(ExportConsentSchema),
  cases: z.array(ExportCaseSchema),
  language: z.array(LanguageEntrySchema),
  placements: z.array(ExportPlacementSchema),
  enrolments: z.array(EnrolmentSchema),
  appointments: z.array(AppointmentSchema),
  agency: AgencySummarySchema.nullable(),
  /** The stored documents' metadata (type, name, size, SHA-256, validity); the files are downloaded one by one. */
  documents: z.object({ items: z.array(DocumentSchema), note: z.string() }),
  recipients: z.array(ExportRecipientSchema),
  /** Every audit entry naming the person, newest first — not only the newest the person page shows. */
  access: z.array(PersonAccessEntrySchema),
});
export type PersonExport = z.infer<typeof PersonExportSchema>;
