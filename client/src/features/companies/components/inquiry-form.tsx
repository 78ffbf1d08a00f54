import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { cefrLevels } from "../../../../../shared/reference/cefr.ts";
import { helpWantedKinds } from "../../../../../shared/reference/employers.ts";
import { InquiryCreateSchema } from "../../../../../shared/schemas/inquiry.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button } from "../../../components/button.tsx";
import { DateField } from "../../../components/date-field.tsx";
import { OccupationCodeSelect } from "../../../components/occupation-code-select.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { useToast } from "../../../components/toasts/toast-context.ts";
import { isApiError } from "../../../lib/api-error.ts";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { todayIso } from "../../../lib/dates.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { useCreateInquiry } from "../api/change-inquiry.ts";
import { orNull } from "./company-fields.tsx";
import "../messages.ts";
import { withRequiredErrors } from "../../../lib/form-errors.ts";

const fields = [
  "occupation",
  "peopleCount",
  "germanLevel",
  "startOn",
  "helpWanted",
  "notes",
  "receivedOn",
] as const;

export function InquiryForm({ companyId, onDone }: { companyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const create = useCreateInquiry(companyId);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(InquiryCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      occupation: "",
      peopleCount: 1,
      germanLevel: null,
      startOn: null,
      helpWanted: [],
      notes: null,
      receivedOn: todayIso(),
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((inquiry) =>
    create.mutate(inquiry, {
      onSuccess: () => {
        showToast(t("companies.inquiries.added"));
        onDone();
      },
      onError: (error) => applyServerErrors(error, setError, fields),
    }),
  );
  const failure = create.error && !isApiError(create.error, "validation_failed") ? create.error : null;
  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t("companies.inquiries.add")}
    >
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      <div className="form-grid">
        <OccupationCodeSelect
          label={t("companies.inquiries.occupation")}
          emptyLabel={t("companies.inquiries.chooseOccupation")}
          error={fieldError(errors.occupation)}
          {...register("occupation")}
        />
        <TextField
          label={t("companies.inquiries.peopleCount")}
          type="number"
          min={1}
          max={500}
          error={fieldError(errors.peopleCount)}
          {...register("peopleCount", { valueAsNumber: true })}
        />
        <SelectField
          label={t("companies.inquiries.germanLevel")}
          error={fieldError(errors.germanLevel)}
          {...register("germanLevel", orNull)}
        >
          <option value="">{t("companies.inquiries.anyLevel")}</option>
          {cefrLevels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("companies.inquiries.startOn")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.startOn)}
          {...register("startOn", orNull)}
        />
        <DateField
          label={t("companies.inquiries.receivedOn")}
          max={todayIso()}
          error={fieldError(errors.receivedOn)}
          {...register("receivedOn")}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t("companies.inquiries.helpWanted")}</legend>
        <div className="checkbox-grid">
          {helpWantedKinds.map((kind) => (
            <div key={kind} className="checkbox-field">
              <input
                id={`help-${kind}`}
                type="checkbox"
                className="checkbox"
                value={kind}
                {...register("helpWanted")}
              />
              <label htmlFor={`help-${kind}`}>{t(`companies.inquiries.help.${kind}`)}</label>
            </div>
          ))}
        </div>
        {errors.helpWanted && <p className="field-error">{fieldError(errors.helpWanted)}</p>}
      </fieldset>
      <TextareaField
        label={t("companies.inquiries.notes")}
        optionalLabel={t("common.optional")}
        rows={2}
        error={fieldError(errors.notes)}
        {...register("notes", orNull)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t("companies.inquiries.add")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
