import { z } from "zod";

export const IdSchema = z.string().min(1).max(64);
export const InstantSchema = z.iso.datetime({ offset: true });
export const CalendarDateSchema = z.iso.date();
export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: "Keine gültige E-Mail-Adresse" }))
  .transform((email) => email.toLowerCase());

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: `Mindestens ${PASSWORD_MIN} Zeichen` })
  .max(PASSWORD_MAX, { error: `Höchstens ${PASSWORD_MAX} Zeichen` });

export const VersionSchema = z.number().int().min(1);
