import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { ChangeOwnPasswordSchema } from "#shared/schemas/auth.ts";
import { PASSWORD_MIN } from "#shared/schemas/common.ts";
import { useChangeOwnPassword } from "../api/sign-in-steps.ts";

/** After an admin set the password, the user chooses their own before anything else. */
export function PasswordChangeStep() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const change = useChangeOwnPassword();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(ChangeOwnPasswordSchema)),
    mode: "onTouched",
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const onSubmit = handleSubmit((input) =>
    change.mutate(input, {
      onError: (error) => applyServerErrors(error, setError, ["currentPassword", "newPassword"]),
    }),
  );
  const failure = change.error;
  return (
    <>
      <h1 className="page-title">{t("secondFactor.passwordTitle")}</h1>
      <Alert tone="info" role="status">
        {t("secondFactor.passwordReset")}
      </Alert>
      <form className="form" noValidate onSubmit={onSubmit}>
        {failure && !isApiError(failure, "validation_failed") && <Alert>{errorMessage(failure)}</Alert>}
        <TextField
          label={t("secondFactor.currentPassword")}
          type="password"
          autoComplete="current-password"
          error={fieldError(formState.errors.currentPassword)}
          {...register("currentPassword")}
        />
        <TextField
          label={t("secondFactor.newPassword")}
          type="password"
          autoComplete="new-password"
          hint={t("auth.passwordHint", { count: PASSWORD_MIN })}
          error={fieldError(formState.errors.newPassword)}
          {...register("newPassword")}
        />
        <Button type="submit" variant="primary" className="button-block" busy={change.isPending}>
          {t("secondFactor.savePassword")}
        </Button>
      </form>
    </>
  );
}
