import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { IdSchema, InstantSchema } from "./common.ts";

export const mailKinds = ["advisor_digest", "employer_notice", "appointment_confirmation"] as const;
export const MailKindSchema = z.enum(mailKinds);
export type MailKind = z.infer<typeof MailKindSchema>;

export const mailLanguages = ["de", "en"] as const;
export const MailLanguageSchema = z.enum(mailLanguages);
export type MailLanguage = z.infer<typeof MailLanguageSchema>;

export const mailStatuses = ["queued", "sending", "sent", "failed", "held"] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** A user's own mail settings: the language, and which kinds they get (staff and employers alike). */
export const MailSettingsSchema = z.object({
  language: MailLanguageSchema,
  kinds: z.array(z.object({ kind: MailKindSchema, subscribed: z.boolean() })),
});
export type MailSettings = z.infer<typeof MailSettingsSchema>;

export const MailSettingsUpdateSchema = z
  .strictObject({
    language: MailLanguageSchema.optional(),
    unsubscribed: z.array(MailKindSchema).max(mailKinds.length).optional(),
  })
  .refine((value) => value.language !== undefined || value.unsubscribed !== undefined, {
    error: say("nothing_to_change"),
    path: ["language"],
  });
export type MailSettingsUpdate = z.infer<typeof MailSettingsUpdateSchema>;

export const UnsubscribeSchema = z.strictObject({ token: z.string().min(1).max(512) });
export const UnsubscribedSchema = z.object({ kind: MailKindSchema });

export const AppointmentConfirmationSchema = z.strictObject({ language: MailLanguageSchema.optional() });
export type AppointmentConfirmation = z.infer<typeof AppointmentConfirmationSchema>;

export const MailSentSchema = z.object({ id: IdSchema, status: z.enum(mailStatuses) });
export type MailSent = z.infer<typeof MailSentSchema>;

/** The outbox the admin reads: what was sent or held, to whom, with the text (initials and links at most). */
export const OutboxEntrySchema = z.object({
  id: IdSchema,
  kind: MailKindSchema,
  to: z.string(),
  language: MailLanguageSchema,
  subject: z.string(),
  text: z.string(),
  status: z.enum(mailStatuses),
  createdAt: InstantSchema,
  sentAt: InstantSchema.nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

export const OutboxListSchema = z.object({
  items: z.array(OutboxEntrySchema),
  nextCursor: z.string().nullable(),
});

export const OutboxQuerySchema = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
