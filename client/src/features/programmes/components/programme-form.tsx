import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
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
import { fundingSources } from "#shared/reference/employers.ts";
import { type Programme, ProgrammeCreateSchema } from "#shared/schemas/programme.ts";
import { useCreateProgramme, useUpdateProgramme } from "../api/change-programme.ts";
import { programmeQueries } from "../api/get-programmes.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
const fields = [
  "name",
  "fundingSource",
  "esfProjectNumber",
  "startsOn",
  "endsOn",
  "keepUntil",
  "description",
] as const;

type ProgrammeFormProps = {
  /** The centre's own programme to edit; without it the form creates one. */
  programme?: Programme;
  onDone: (saved: Programme | null) => void;
};

/** Creates or edits one of the centre's own programmes; the project number only counts for ESF Plus. */
export function ProgrammeForm({ programme, onDone }: ProgrammeFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const create = useCreateProgramme();
  const update = useUpdateProgramme();
  const [conflict, setConflict] = useState(false);
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(ProgrammeCreateSchema)),
    mode: "onTouched",
    shouldUnregister: true,
    defaultValues: {
      name: programme?.name ?? "",
      fundingSource: programme?.fundingSource ?? ("own" as const),
      esfProjectNumber: programme?.esfProjectNumber ?? null,
      startsOn: programme?.startsOn ?? "",
      endsOn: programme?.endsOn ?? null,
      keepUntil: programme?.keepUntil ?? null,
      description: programme?.description ?? null,
    },
  });
  const errors = form.formState.errors;
  const esf = form.watch("fundingSource") === "esf_plus";
  const mutation = programme ? update : create;
  const onError = (error: unknown) => {
    if (isStaleVersion(error)) setConflict(true);
    else applyServerErrors(error, form.setError, fields);
  };
  const onSubmit = form.handleSubmit(({ key, ...values }) => {
    setConflict(false);
    if (programme)
      update.mutate(
        { id: programme.id, changes: { version: programme.version, ...values } },
        { onSuccess: onDone, onError },
      );
    else create.mutate({ key, ...values }, { onSuccess: onDone, onError });
  });
  const reload = () => {
    setConflict(false);
    void queryClient.invalidateQueries({ queryKey: programmeQueries.all });
    onDone(null);
  };
  const failure =
    mutation.error && !conflict && !isApiError(mutation.error, "validation_failed") ? mutation.error : null;
  const label = programme
    ? t("programmes.form.editLabel", { name: programme.name })
    : t("programmes.form.create");
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={label}>
      {conflict && <ConflictAlert onReload={reload} />}
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      <div className="form-grid">
        <TextField
          label={t("programmes.form.name")}
          error={fieldError(errors.name)}
          {...form.register("name")}
        />
        <SelectField
          label={t("programmes.fields.funding")}
          error={fieldError(errors.fundingSource)}
          {...form.register("fundingSource")}
        >
          {fundingSources.map((source) => (
            <option key={source} value={source}>
              {t(`programmes.funding.${source}`)}
            </option>
          ))}
        </SelectField>
        {esf && (
          <TextField
            label={t("programmes.fields.esfProjectNumber")}
            error={fieldError(errors.esfProjectNumber)}
            {...form.register("esfProjectNumber", orNull)}
          />
        )}
        <DateField
          label={t("programmes.form.startsOn")}
          error={fieldError(errors.startsOn)}
          {...form.register("startsOn")}
        />
        <DateField
          label={t("programmes.form.endsOn")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.endsOn)}
          {...form.register("endsOn", orNull)}
        />
        {esf && (
          <DateField
            label={t("programmes.form.keepUntil")}
            optionalLabel={t("common.optional")}
            hint={t("programmes.form.keepUntilHint")}
            error={fieldError(errors.keepUntil)}
            {...form.register("keepUntil", orNull)}
          />
        )}
      </div>
      <TextareaField
        label={t("programmes.form.description")}
        optionalLabel={t("common.optional")}
        rows={3}
        error={fieldError(errors.description)}
        {...form.register("description", orNull)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={mutation.isPending}>
          {programme ? t("common.save") : t("programmes.form.create")}
        </Button>
        <Button onClick={() => onDone(null)}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
