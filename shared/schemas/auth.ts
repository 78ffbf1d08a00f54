import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { RoleSchema } from "../auth/roles.ts";
import { EmailSchema, IdSchema, PasswordSchema } from "./common.ts";

export const LoginRequestSchema = z.object({
  email: EmailSchema,
  password: z
    .string()
    .min(1, { error: say("password_required") })
    .max(1024),
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

/** What a signed-in session still has to do before it may use the app; `null` = nothing. */
export const signInSteps = ["second-factor", "enrolment", "password-change"] as const;
export const SignInStepSchema = z.enum(signInSteps);
export type SignInStep = z.infer<typeof SignInStepSchema>;

export const SignInStateSchema = SessionUserSchema.extend({ nextStep: SignInStepSchema.nullable() });
export type SignInState = z.infer<typeof SignInStateSchema>;

/** A 6-digit TOTP code, or a recovery code (`xxxx-xxxx`, letters and digits). */
export const SecondFactorCodeSchema = z.strictObject({
  code: z
    .string({ error: say("code_required") })
    .trim()
    .min(1, { error: say("code_required") })
    .max(20, { error: say("code_too_long") })
    .regex(/^(\d{6}|[a-z0-9]{4}-?[a-z0-9]{4})$/i, {
      error: say("code_format"),
    }),
});
export type SecondFactorCode = z.infer<typeof SecondFactorCodeSchema>;

export const EnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrSvg: z.string(),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodesSchema>;
