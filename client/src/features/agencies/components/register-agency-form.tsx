import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { sealStatuses } from "#shared/reference/employers.ts";
import { type Agency, AgencyCreateSchema } from "#shared/schemas/agency.ts";
import { useRegisterAgency, useUpdateAgency } from "../api/change-agency.ts";
import { AgencyCountrySelect } from "./agency-country-select.tsx";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
const fields = ["name", "country", "sealStatus", "sealValidUntil", "website", "notes"] as const;

type RegisterAgencyFormProps = {
  /** The agency to edit (seal status, valid-until, …); without it the form registers a new one. */
  agency?: Agency;
  onDone: (agency: Agency | null) => void;
};

export function RegisterAgencyForm({ agency: current, onDone }: RegisterAgencyFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const create = useRegisterAgency();
  const update = useUpdateAgency();
  const register = current ? update : create;
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(AgencyCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      name: current?.name ?? "",
      country: current?.country ?? "",
      sealStatus: current?.sealStatus ?? ("none" as const),
      sealValidUntil: current?.sealValidUntil ?? null,
      website: current?.website ?? null,
      notes: current?.notes ?? null,
    },
  });
  const errors = form.formState.errors;
  const onError = (error: unknown) => {
    if (isStaleVersion(error)) setConflict(true);
    else applyServerErrors(error, form.setError, fields);
  };
  const onSubmit = form.handleSubmit((agency) => {
    setConflict(false);
    if (current)
      update.mutate(
        { id: current.id, changes: { version: current.version, ...agency } },
        { onSuccess: onDone, onError },
      );
    else create.mutate(agency, { onSuccess: onDone, onError });
  });
  const failure =
    register.error && !conflict && !isApiError(register.error, "validation_failed") ? register.error : null;
  const label = current ? t("agencies.editLabel", { name: current.name }) : t("agencies.register");
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={label}>
      {conflict && <ConflictAlert onReload={() => onDone(null)} />}
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
        <DateField
          label={t("agencies.fields.sealValidUntil")}
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
          {current ? t("common.save") : t("agencies.register")}
        </Button>
        <Button onClick={() => onDone(null)}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
