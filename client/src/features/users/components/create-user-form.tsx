import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { roles } from "#shared/auth/roles.ts";
import { PASSWORD_MIN } from "#shared/schemas/common.ts";
import { type User, UserCreateSchema } from "#shared/schemas/user.ts";
import { useCreateUser } from "../api/create-user.ts";
import { CompanySelect } from "./company-select.tsx";
import "../messages.ts";

type CreateUserFormProps = { onCreated: (user: User) => void; cancelTo: string };

const fields = ["email", "name", "role", "companyId", "password"] as const;

export function CreateUserForm({ onCreated, cancelTo }: CreateUserFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const createUser = useCreateUser();
  const { register, handleSubmit, formState, setError, setValue, control } = useForm({
    resolver: withRequiredErrors(zodResolver(UserCreateSchema)),
    mode: "onTouched",
    defaultValues: { name: "", email: "", role: "advisor", companyId: null, password: "" },
  });
  const isEmployer = useWatch({ control, name: "role" }) === "employer";

  useEffect(() => {
    if (!isEmployer) setValue("companyId", null);
  }, [isEmployer, setValue]);

  const onSubmit = handleSubmit((user) =>
    createUser.mutate(user, {
      onSuccess: onCreated,
      onError: (error) => applyServerErrors(error, setError, fields),
    }),
  );

  const failure = createUser.error;
  const showFailure = failure && Object.keys(formState.errors).length === 0;

  return (
    <form className="form form-narrow" noValidate onSubmit={onSubmit}>
      {showFailure && <Alert>{errorMessage(failure)}</Alert>}
      <TextField
        label={t("users.name")}
        autoComplete="off"
        error={fieldError(formState.errors.name)}
        {...register("name")}
      />
      <TextField
        label={t("users.email")}
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={fieldError(formState.errors.email)}
        {...register("email")}
      />
      <SelectField label={t("users.role")} error={fieldError(formState.errors.role)} {...register("role")}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      {isEmployer && (
        <CompanySelect
          error={fieldError(formState.errors.companyId)}
          {...register("companyId", { setValueAs: (value: string | null) => value || null })}
        />
      )}
      <TextField
        label={t("users.initialPassword")}
        hint={t("auth.passwordHint", { count: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        error={fieldError(formState.errors.password)}
        {...register("password")}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={createUser.isPending}>
          {t("users.create")}
        </Button>
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
