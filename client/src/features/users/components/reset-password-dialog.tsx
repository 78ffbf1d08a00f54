import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { PASSWORD_MIN } from "#shared/schemas/common.ts";
import { PasswordResetSchema, type User } from "#shared/schemas/user.ts";
import { useResetPassword } from "../api/reset-password.ts";
import "../messages.ts";

type ResetPasswordDialogProps = { user: User | null; onClose: () => void };

export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={user !== null}
      title={t("users.resetPasswordTitle", { name: user?.name ?? "" })}
      onClose={onClose}
    >
      {user && <ResetPasswordForm user={user} onDone={onClose} />}
    </Dialog>
  );
}

function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const reset = useResetPassword();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(PasswordResetSchema)),
    mode: "onTouched",
    defaultValues: { password: "" },
  });

  const onSubmit = handleSubmit((body) =>
    reset.mutate(
      { id: user.id, body },
      {
        onSuccess: () => {
          showToast(t("users.passwordReset", { name: user.name }));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, ["password"]),
      },
    ),
  );

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <p>{t("users.resetPasswordText", { email: user.email })}</p>
      {reset.error && !formState.errors.password && <Alert>{errorMessage(reset.error)}</Alert>}
      <TextField
        label={t("users.newPassword")}
        hint={t("auth.passwordHint", { count: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        error={fieldError(formState.errors.password)}
        {...register("password")}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={reset.isPending}>
          {t("users.resetPassword")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
