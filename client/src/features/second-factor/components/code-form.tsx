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
import { SecondFactorCodeSchema } from "#shared/schemas/auth.ts";

type CodeFormProps = {
  busy: boolean;
  error: unknown;
  onCode: (code: string, onError: (error: unknown) => void) => void;
};

/** One field for the 6-digit code (or a recovery code), validated with the server's schema. */
export function CodeForm({ busy, error, onCode }: CodeFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const { register, handleSubmit, formState, setError, resetField, setFocus } = useForm({
    resolver: withRequiredErrors(zodResolver(SecondFactorCodeSchema)),
    mode: "onTouched",
    defaultValues: { code: "" },
  });
  const onSubmit = handleSubmit(({ code }) =>
    onCode(code, (failure) => {
      if (applyServerErrors(failure, setError, ["code"])) {
        resetField("code", { keepError: true });
        setFocus("code");
      }
    }),
  );
  const failureText = isApiError(error, "too_many_requests")
    ? t("auth.tooManyAttempts", { count: error.retryAfterSeconds ?? 60 })
    : error && !isApiError(error, "validation_failed")
      ? errorMessage(error)
      : null;

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failureText && <Alert>{failureText}</Alert>}
      <TextField
        label={t("secondFactor.code")}
        hint={t("secondFactor.codeHint")}
        autoComplete="one-time-code"
        inputMode="text"
        spellCheck={false}
        autoFocus
        error={fieldError(formState.errors.code)}
        {...register("code")}
      />
      <Button type="submit" variant="primary" className="button-block" busy={busy}>
        {busy ? t("secondFactor.checking") : t("secondFactor.confirm")}
      </Button>
    </form>
  );
}
