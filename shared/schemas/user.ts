import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import { RoleSchema } from "../auth/roles.ts";
import {
  EmailSchema,
  IdSchema,
  InstantSchema,
  PasswordSchema,
  singleLineText,
  VersionSchema,
} from "./common.ts";

export const UserSchema = z.object({
  id: IdSchema,
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  centreId: IdSchema,
  companyId: IdSchema.nullable(),
  companyName: z.string().nullable(),
  active: z.boolean(),
  lastLoginAt: InstantSchema.nullable(),
  secondFactorEnrolled: z.boolean(),
  grantPending: z.boolean(),
  passwordChangeRequired: z.boolean(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type User = z.infer<typeof UserSchema>;

export const UserNameSchema = singleLineText()
  .min(1, { error: say("name_required") })
  .max(200);

export const UserCreateSchema = z
  .strictObject({
    email: EmailSchema,
    name: UserNameSchema,
    role: RoleSchema,
    companyId: IdSchema.nullable().optional(),
    password: PasswordSchema,
  })
  .superRefine((value, ctx) => {
    if (value.role === "employer" && !value.companyId) {
      ctx.addIssue({
        code: "custom",
        path: ["companyId"],
        message: say("employer_needs_company"),
      });
    }
    if (value.role !== "employer" && value.companyId) {
      ctx.addIssue({
        code: "custom",
        path: ["companyId"],
        message: say("only_employer_has_company"),
      });
    }
  });
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserUpdateSchema = z
  .strictObject({
    version: VersionSchema,
    name: UserNameSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((value) => value.name !== undefined || value.active !== undefined, {
    error: say("nothing_to_change"),
    path: ["name"],
  });
export type UserUpdate = z.infer<typeof UserUpdateSchema>;

export const PasswordResetSchema = z.strictObject({ password: PasswordSchema });
export type PasswordReset = z.infer<typeof PasswordResetSchema>;

export const UserListQuerySchema = z.strictObject({
  q: singleLineText().max(200).optional(),
  role: RoleSchema.optional(),
  active: z.enum(["true", "false"]).optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type UserListQuery = z.infer<typeof UserListQuerySchema>;

export const UserPageSchema = pageOf(UserSchema);

/** Colleagues who can own cases and tasks: for assignment pickers and the advisor filter. */
export const CaseworkerSchema = z.object({ id: IdSchema, name: z.string() });
export type Caseworker = z.infer<typeof CaseworkerSchema>;
export const CaseworkerListSchema = z.object({ items: z.array(CaseworkerSchema) });
