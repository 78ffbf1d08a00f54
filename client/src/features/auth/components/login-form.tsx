import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { LoginRequest, SignInState } from "../../../../../shared/schemas/auth.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button } from "../../../components/button.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { isApiError } from "../../../lib/api-error.ts";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { loadAppMessages } from "../../../lib/i18n.ts";
import { lazyResolver } from "../../../lib/lazy-resolver.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { useLogin } from "../api/login.ts";

/** The checks and the core catalogue (validation and error texts) arrive as the form is first used. */
const validation = lazyResolver(() =>
  Promise.all([import("./login-resolver.ts"), loadAppMessages()]).then(([module]) => module.loginResolver),
);

type LoginFormProps = { onSignedIn: (state: SignInState) => void };

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const login = useLogin();
  const { register, handleSubmit, formState, setError, resetField, setFocus } = useForm<LoginRequest>({
    resolver: validation.resolver,
    mode: "onTouched",
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit((credentials) =>
    login.mutate(credentials, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (applyServerErrors(error, setError, ["email", "password"])) return;
        if (isApiError(error, "unauthenticated")) {
          resetField("password");
          setFocus("password");
        }
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
    <form className="form" noValidate onSubmit={onSubmit} onFocus={validation.preload}>
      {failureText && <Alert key={login.submittedAt}>{failureText}</Alert>}
      <TextField
        label={t("auth.email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        error={fieldError(formState.errors.email)}
        {...register("email")}
      />
      <TextField
        label={t("auth.password")}
        type="password"
        autoComplete="current-password"
        error={fieldError(formState.errors.password)}
        {...register("password")}
      />
      <Button type="submit" variant="primary" className="button-block" busy={login.isPending}>
        {login.isPending ? t("auth.signingIn") : t("auth.signIn")}
      </Button>
    </form>
  );
}
