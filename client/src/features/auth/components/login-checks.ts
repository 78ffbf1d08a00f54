import type { FieldError, FieldErrors } from "react-hook-form";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { fieldErrorText } from "#client/lib/field-error-text.ts";
import { normalizeFieldErrors } from "#client/lib/form-errors.ts";
import { type LoginRequest, LoginRequestSchema } from "#shared/schemas/auth.ts";

export type LoginErrors = FieldErrors<LoginRequest>;
const fields = ["email", "password"] as const;

/** The shared schema's first issue per field, worded as in every other form. */
function errorsOf(values: LoginRequest): LoginErrors {
  const parsed = LoginRequestSchema.safeParse(values);
  if (parsed.success) return {};
  const errors: LoginErrors = {};
  for (const issue of parsed.error.issues) {
    const field = fields.find((name) => name === issue.path[0]);
    if (field && !errors[field]) errors[field] = { type: issue.code, message: issue.message };
  }
  return normalizeFieldErrors(errors, values);
}

/** The server's field issues under their fields, or null when none of them names a field of the form. */
function serverErrorsOf(error: unknown): LoginErrors | null {
  const errors: LoginErrors = {};
  const matched = applyServerErrors<LoginRequest>(
    error,
    (name, { type = "server", message }) => {
      if (name === "email" || name === "password") errors[name] = { type, message } satisfies FieldError;
    },
    fields,
  );
  return matched ? errors : null;
}

/** The sign-in form's checks: they arrive (with zod) as the form is first used, not with the page. */
export const loginChecks = { errorsOf, serverErrorsOf, fieldErrorText };
export type LoginChecks = typeof loginChecks;
