import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { districts } from "#shared/reference/districts.ts";
import { CentreCreateSchema } from "#shared/schemas/centre.ts";
import { useCreateCentre } from "../api/create-centre.ts";
import "../messages.ts";

export function CreateCentreForm() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const createCentre = useCreateCentre();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: withRequiredErrors(zodResolver(CentreCreateSchema)),
    mode: "onTouched",
    defaultValues: { name: "", district: undefined },
  });

  const onSubmit = handleSubmit((centre) =>
    createCentre.mutate(centre, {
      onSuccess: (created) => {
        showToast(t("centres.created", { name: created.name }));
        reset();
      },
      onError: (error) => applyServerErrors(error, setError, ["name", "district"]),
    }),
  );

  const failure = createCentre.error;
  const showFailure = failure && Object.keys(formState.errors).length === 0;

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-labelledby="create-centre-title">
      <h2 id="create-centre-title" className="section-title">
        {t("centres.new")}
      </h2>
      {showFailure && <Alert>{errorMessage(failure)}</Alert>}
      <TextField label={t("centres.name")} error={fieldError(formState.errors.name)} {...register("name")} />
      <SelectField
        label={t("centres.district")}
        error={fieldError(formState.errors.district)}
        {...register("district", { setValueAs: (value: string | undefined) => value || undefined })}
      >
        <option value="">{t("centres.chooseDistrict")}</option>
        {districts.map((district) => (
          <option key={district} value={district}>
            {t(`districts.${district}`)}
          </option>
        ))}
      </SelectField>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={createCentre.isPending}>
          {t("centres.create")}
        </Button>
      </div>
    </form>
  );
}
