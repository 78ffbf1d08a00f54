import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { daysBetween } from "../time/berlin-clock.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, singleLineText, VersionSchema } from "./common.ts";

export const appointmentTypes = [
  "consultation",
  "document_check",
  "betriebssprachtag",
  "employer_interview",
  "other",
] as const;
export const AppointmentTypeSchema = z.enum(appointmentTypes, { error: say("appointment_type_required") });
export type AppointmentType = z.infer<typeof AppointmentTypeSchema>;

/** The longest span a list or calendar download may ask for (a quarter and a day). */
export const MAX_APPOINTMENT_RANGE_DAYS = 92;
/** Longer than a week is not an appointment (a Betriebssprachtag lasts a day). */
export const MAX_APPOINTMENT_HOURS = 7 * 24;

export const AppointmentSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  advisorId: IdSchema,
  advisorName: z.string(),
  placementId: IdSchema.nullable(),
  type: AppointmentTypeSchema,
  title: z.string().nullable(),
  location: z.string().nullable(),
  online: z.boolean(),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  cancelledAt: InstantSchema.nullable(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Appointment = z.infer<typeof AppointmentSchema>;

const TitleSchema = singleLineText().max(200);
const LocationSchema = singleLineText().max(200);

/** `null` when the span is fine, else the message for `endsAt`. */
export function appointmentSpanError(startsAt: string, endsAt: string): string | null {
  const span = Date.parse(endsAt) - Date.parse(startsAt);
  if (!(span > 0)) return say("end_after_start");
  if (span > MAX_APPOINTMENT_HOURS * 3_600_000)
    return say("max_appointment_days", { count: MAX_APPOINTMENT_HOURS / 24 });
  return null;
}

export const AppointmentCreateSchema = z
  .strictObject({
    personId: IdSchema,
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    type: AppointmentTypeSchema,
    title: TitleSchema.optional(),
    location: LocationSchema.optional(),
    online: z.boolean().optional(),
    placementId: IdSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const error = appointmentSpanError(value.startsAt, value.endsAt);
    if (error) ctx.addIssue({ code: "custom", message: error, path: ["endsAt"] });
  });
export type AppointmentCreate = z.infer<typeof AppointmentCreateSchema>;

export const AppointmentUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    startsAt: InstantSchema.optional(),
    endsAt: InstantSchema.optional(),
    type: AppointmentTypeSchema.optional(),
    title: TitleSchema.nullable().optional(),
    location: LocationSchema.nullable().optional(),
    online: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] })
  .superRefine((value, ctx) => {
    if (!value.startsAt || !value.endsAt) return;
    const error = appointmentSpanError(value.startsAt, value.endsAt);
    if (error) ctx.addIssue({ code: "custom", message: error, path: ["endsAt"] });
  });
export type AppointmentUpdate = z.infer<typeof AppointmentUpdateSchema>;

export const AppointmentCancelSchema = z.strictObject({ version: VersionSchema });
export type AppointmentCancel = z.infer<typeof AppointmentCancelSchema>;

/** `from` and `to` are Berlin calendar days, both included. */
export const AppointmentRangeSchema = z
  .strictObject({ from: CalendarDateSchema, to: CalendarDateSchema })
  .superRefine((value, ctx) => {
    const days = daysBetween(value.from, value.to);
    if (days < 0) ctx.addIssue({ code: "custom", message: say("date_range"), path: ["to"] });
    else if (days >= MAX_APPOINTMENT_RANGE_DAYS)
      ctx.addIssue({
        code: "custom",
        message: say("max_days", { count: MAX_APPOINTMENT_RANGE_DAYS }),
        path: ["to"],
      });
  });
export type AppointmentRange = z.infer<typeof AppointmentRangeSchema>;

export const AppointmentListQuerySchema = z
  .strictObject({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    personId: IdSchema.optional(),
    mine: z.enum(["true", "false"]).optional(),
  })
  .superRefine((value, ctx) => {
    const range = AppointmentRangeSchema.safeParse({ from: value.from, to: value.to });
    for (const issue of range.error?.issues ?? [])
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path as string[] });
  });
export type AppointmentListQuery = z.infer<typeof AppointmentListQuerySchema>;

export const AppointmentListSchema = z.object({ items: z.array(AppointmentSchema) });

/** What an employer sees of an interview on a placement: when, what and where, never who. */
export const EmployerAppointmentSchema = z.object({
  id: IdSchema,
  type: AppointmentTypeSchema,
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  location: z.string().nullable(),
  online: z.boolean(),
});
export type EmployerAppointment = z.infer<typeof EmployerAppointmentSchema>;
export const EmployerAppointmentListSchema = z.object({ items: z.array(EmployerAppointmentSchema) });

export const CalendarFeedStatusSchema = z.object({
  active: z.boolean(),
  createdAt: InstantSchema.nullable(),
  lastFetchedAt: InstantSchema.nullable(),
});
export type CalendarFeedStatus = z.infer<typeof CalendarFeedStatusSchema>;

/** The subscription address is shown once, when it is made; only its hash is stored. */
export const CalendarFeedCreatedSchema = z.object({ url: z.string(), createdAt: InstantSchema });
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreatedSchema>;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const TimeSchema = z.string().regex(HH_MM, { error: say("time_format") });

/** The booking form: a Berlin day and wall-clock times, turned into instants by the form. */
export const AppointmentFormSchema = z
  .object({
    personId: IdSchema.or(z.literal("")).refine((value) => value !== "", {
      error: say("person_required"),
    }),
    day: CalendarDateSchema,
    startTime: TimeSchema,
    endTime: TimeSchema,
    type: AppointmentTypeSchema,
    title: TitleSchema,
    location: LocationSchema,
    online: z.boolean(),
  })
  .refine((value) => value.endTime > value.startTime, { error: say("end_after_start"), path: ["endTime"] });
export type AppointmentForm = z.infer<typeof AppointmentFormSchema>;
