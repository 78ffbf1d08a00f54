import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import {
  RETENTION_YEARS_MAX,
  RETENTION_YEARS_MIN,
  RetentionSettingsSchema,
} from "#shared/schemas/retention.ts";
import { useUpdateRetentionSettings } from "../api/change-retention.ts";
import "../messages.ts";

export function RetentionSettingsForm({ retentionYears }: { retentionYears: number }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const update = useUpdateRetentionSettings();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(RetentionSettingsSchema)),
    mode: "onTouched",
    defaultValues: { retentionYears },
  });

  const onSubmit = handleSubmit((body) =>
    update.mutate(body, {
      onSuccess: (saved) => showToast(t("retention.yearsSaved", { count: saved.retentionYears })),
      onError: (error) => applyServerErrors(error, setError, ["retentionYears"]),
    }),
  );

  return (
    <form className="form form-narrow" noValidate onSubmit={onSubmit}>
      {update.error && !formState.errors.retentionYears && <Alert>{errorMessage(update.error)}</Alert>}
      <TextField
        label={t("retention.years")}
        hint={t("retention.yearsHint", { min: RETENTION_YEARS_MIN, max: RETENTION_YEARS_MAX })}
        type="number"
        inputMode="numeric"
        min={RETENTION_YEARS_MIN}
        max={RETENTION_YEARS_MAX}
        required
        error={fieldError(formState.errors.retentionYears)}
        {...register("retentionYears", { valueAsNumber: true })}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t("retention.saveYears")}
        </Button>
      </div>
    </form>
  );
}
