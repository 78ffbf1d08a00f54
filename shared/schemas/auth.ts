import { z } from "zod";
import { RoleSchema } from "../auth/roles.ts";
import { EmailSchema, IdSchema, PasswordSchema } from "./common.ts";

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, { error: "Bitte Passwort eingeben" }).max(1024),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const SessionUserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  centreId: IdSchema,
  centreName: z.string(),
  companyId: IdSchema.nullable(),
  companyName: z.string().nullable(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const ChangeOwnPasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: PasswordSchema,
});
export type ChangeOwnPassword = z.infer<typeof ChangeOwnPasswordSchema>;
