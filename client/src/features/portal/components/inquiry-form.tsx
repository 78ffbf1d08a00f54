import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { cefrLevels } from "../../../../../shared/reference/cefr.ts";
import { helpWantedKinds } from "../../../../../shared/reference/employers.ts";
import { type Inquiry, InquiryCreateSchema } from "../../../../../shared/schemas/inquiry.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button, ButtonLink } from "../../../components/button.tsx";
import { CheckboxField } from "../../../components/checkbox-field.tsx";
import { DateField } from "../../../components/date-field.tsx";
import { OccupationCodeSelect } from "../../../components/occupation-code-select.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useCreateInquiry } from "../api/inquiry-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "../../../lib/form-errors.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";

type InquiryInput = z.input<typeof InquiryCreateSchema>;
const serverFields = ["occupation", "peopleCount", "germanLevel", "startOn", "helpWanted", "notes"] as const;
const orNull = { setValueAs: (value: string | null) => (value?.trim() ? value : null) };

type InquiryFormProps = { onCreated: (inquiry: Inquiry) => void; cancelTo: string };

export function InquiryForm({ onCreated, cancelTo }: InquiryFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const createInquiry = useCreateInquiry();
  const defaultValues: InquiryInput = {
    occupation: "",
    peopleCount: 1,
    germanLevel: null,
    startOn: null,
    helpWanted: [],
    notes: null,
  };
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(InquiryCreateSchema)),
    mode: "onTouched",
    defaultValues,
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((values) =>
    createInquiry.mutate(values, {
      onSuccess: onCreated,
      onError: (error) => applyServerErrors(error, setError, serverFields),
    }),
  );
  const failure = createInquiry.error;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failure && Object.keys(errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
      <div className="form-grid">
        <OccupationCodeSelect
          label={t("portal.inquiries.occupation")}
          emptyLabel={t("portal.form.chooseOccupation")}
          error={fieldError(errors.occupation)}
          {...register("occupation")}
        />
        <TextField
          label={t("portal.inquiries.peopleCount")}
          type="number"
          min={1}
          max={500}
          inputMode="numeric"
          error={fieldError(errors.peopleCount)}
          {...register("peopleCount", { valueAsNumber: true })}
        />
        <SelectField
          label={t("portal.inquiries.germanLevel")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.germanLevel)}
          {...register("germanLevel", orNull)}
        >
          <option value="">{t("portal.inquiries.noLevel")}</option>
          {cefrLevels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("portal.inquiries.startOn")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.startOn)}
          {...register("startOn", orNull)}
        />
      </div>
      <fieldset className="fieldset portal-fieldset">
        <legend>{t("portal.inquiries.helpWanted")}</legend>
        <div className="checkbox-grid">
          {helpWantedKinds.map((help) => (
            <CheckboxField
              key={help}
              label={t(`portal.inquiries.help.${help}`)}
              value={help}
              {...register("helpWanted")}
            />
          ))}
        </div>
        {errors.helpWanted && <p className="field-error">{fieldError(errors.helpWanted)}</p>}
      </fieldset>
      <TextareaField
        label={t("portal.inquiries.notes")}
        optionalLabel={t("common.optional")}
        rows={4}
        error={fieldError(errors.notes)}
        {...register("notes", orNull)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={createInquiry.isPending}>
          {t("portal.inquiries.submit")}
        </Button>
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
