import type { KeyboardEvent } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { todayIso } from "#client/lib/dates.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { activityTypes } from "#shared/reference/cases.ts";
import type { ActivityCreateSchema } from "#shared/schemas/case.ts";

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
