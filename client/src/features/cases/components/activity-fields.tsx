import type { KeyboardEvent } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { activityTypes } from "../../../../../shared/reference/cases.ts";
import type { ActivityCreateSchema } from "../../../../../shared/schemas/case.ts";
import { DateField } from "../../../components/date-field.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { todayIso } from "../../../lib/dates.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";

export type ActivityValues = z.input<typeof ActivityCreateSchema>;

type ActivityFieldsProps = {
  register: UseFormRegister<ActivityValues>;
  errors: FieldErrors<ActivityValues>;
  onSubmitShortcut: () => void;
};

export const durationAsNumber = {
  setValueAs: (value: string | number | null) =>
    value === "" || value === null ? null : Number.isNaN(Number(value)) ? value : Number(value),
};

export function submitOnCtrlEnter(submit: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
}

export function ActivityFields({ register, errors, onSubmitShortcut }: ActivityFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return (
    <>
      <div className="quick-add-row">
        <SelectField label={t("activities.type")} error={fieldError(errors.type)} {...register("type")}>
          {activityTypes.map((type) => (
            <option key={type} value={type}>
              {t(`activityTypes.${type}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("activities.occurredOn")}
          max={todayIso()}
          error={fieldError(errors.occurredOn)}
          {...register("occurredOn")}
        />
        <TextField
          label={t("activities.duration")}
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.durationMinutes)}
          {...register("durationMinutes", durationAsNumber)}
        />
      </div>
      <TextareaField
        label={t("activities.text")}
        hint={t("activities.textHint")}
        rows={2}
        error={fieldError(errors.text)}
        onKeyDown={submitOnCtrlEnter(onSubmitShortcut)}
        {...register("text")}
      />
    </>
  );
}
