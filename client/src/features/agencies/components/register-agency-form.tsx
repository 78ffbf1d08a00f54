import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { sealStatuses } from "../../../../../shared/reference/employers.ts";
import { type Agency, AgencyCreateSchema } from "../../../../../shared/schemas/agency.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button } from "../../../components/button.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { isApiError } from "../../../lib/api-error.ts";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { useRegisterAgency } from "../api/change-agency.ts";
import { AgencyCountrySelect } from "./agency-country-select.tsx";
import "../messages.ts";

const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
const fields = ["name", "country", "sealStatus", "sealValidUntil", "website", "notes"] as const;

type RegisterAgencyFormProps = { onDone: (agency: Agency | null) => void };

export function RegisterAgencyForm({ onDone }: RegisterAgencyFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const register = useRegisterAgency();
  const form = useForm({
    resolver: zodResolver(AgencyCreateSchema),
    mode: "onTouched",
    defaultValues: {
      name: "",
      country: "",
      sealStatus: "none" as const,
      sealValidUntil: null,
      website: null,
      notes: null,
    },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((agency) =>
    register.mutate(agency, {
      onSuccess: onDone,
      onError: (error) => applyServerErrors(error, form.setError, fields),
    }),
  );
  const failure = register.error && !isApiError(register.error, "validation_failed") ? register.error : null;
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t("agencies.register")}>
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      <div className="form-grid">
        <TextField
          label={t("agencies.fields.name")}
          error={fieldError(errors.name)}
          {...form.register("name")}
        />
        <AgencyCountrySelect
          label={t("agencies.fields.country")}
          emptyLabel={t("agencies.chooseCountry")}
          error={fieldError(errors.country)}
          {...form.register("country")}
        />
        <SelectField
          label={t("agencies.fields.sealStatus")}
          error={fieldError(errors.sealStatus)}
          {...form.register("sealStatus")}
        >
          {sealStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`agencies.sealStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("agencies.fields.sealValidUntil")}
          type="date"
          optionalLabel={t("common.optional")}
          error={fieldError(errors.sealValidUntil)}
          {...form.register("sealValidUntil", orNull)}
        />
        <TextField
          label={t("agencies.fields.website")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.website)}
          {...form.register("website", orNull)}
        />
      </div>
      <TextareaField
        label={t("agencies.fields.notes")}
        optionalLabel={t("common.optional")}
        rows={2}
        error={fieldError(errors.notes)}
        {...form.register("notes", orNull)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={register.isPending}>
          {t("agencies.register")}
        </Button>
        <Button onClick={() => onDone(null)}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
