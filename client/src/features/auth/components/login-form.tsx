import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { SignInState } from "#shared/schemas/auth.ts";
import { useLogin } from "../api/login.ts";
import { useLoginFields } from "./use-login-fields.ts";

type LoginFormProps = { onSignedIn: (state: SignInState) => void };

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const login = useLogin();
  const { field, submit, showServerErrors, resetPassword, errorText, preload } = useLoginFields();

  const onSubmit = submit((credentials) =>
    login.mutate(credentials, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (showServerErrors(error)) return;
        if (isApiError(error, "unauthenticated")) resetPassword();
      },
    }),
  );

  const failure = login.error;
  const failureText = isApiError(failure, "unauthenticated")
    ? t("auth.invalidCredentials")
    : isApiError(failure, "too_many_requests")
      ? t("auth.tooManyAttempts", { count: failure.retryAfterSeconds ?? 60 })
      : failure && !isApiError(failure, "validation_failed")
        ? errorMessage(failure)
        : null;

  return (
    <form className="form" noValidate onSubmit={onSubmit} onFocus={preload}>
      {failureText && <Alert key={login.submittedAt}>{failureText}</Alert>}
      <TextField
        label={t("auth.email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        error={errorText("email")}
        {...field("email")}
      />
      <TextField
        label={t("auth.password")}
        type="password"
        autoComplete="current-password"
        error={errorText("password")}
        {...field("password")}
      />
      <Button type="submit" variant="primary" className="button-block" busy={login.isPending}>
        {login.isPending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
