import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { todayIso } from "#client/lib/dates.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { say } from "#shared/api/issue-messages.ts";
import { CaseOutcomeSchema, caseOutcomes } from "#shared/reference/cases.ts";
import { type Case, CaseTransitionSchema } from "#shared/schemas/case.ts";
import { useChangeCase } from "../api/update-case.ts";

const CloseSchema = z.object({
  outcome: CaseOutcomeSchema.optional().refine((outcome) => outcome !== undefined, {
    error: say("outcome_required"),
  }),
  closedOn: CaseTransitionSchema.shape.closedOn.unwrap(),
});

type CloseCaseFormProps = { item: Case; onDone: () => void; onConflict: () => void };

export function CloseCaseForm({ item, onDone, onConflict }: CloseCaseFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const changeCase = useChangeCase();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(CloseSchema)),
    mode: "onTouched",
    defaultValues: { outcome: undefined, closedOn: todayIso() },
  });
  const onSubmit = handleSubmit(({ outcome, closedOn }) =>
    changeCase.mutate(
      { kind: "transition", id: item.id, body: { version: item.version, to: "closed", outcome, closedOn } },
      {
        onSuccess: () => {
          showToast(t("cases.closed"));
          onDone();
        },
        onError: (error) => {
          if (isStaleVersion(error)) {
            onConflict();
            onDone();
          } else applyServerErrors(error, setError, ["outcome", "closedOn"]);
        },
      },
    ),
  );
  const failure = changeCase.error;
  const showFailure = failure && !isApiError(failure, "validation_failed") && !isStaleVersion(failure);
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {showFailure && <Alert>{errorMessage(failure)}</Alert>}
      <SelectField
        label={t("cases.fields.outcome")}
        error={fieldError(formState.errors.outcome)}
        {...register("outcome", { setValueAs: (value: string | undefined) => value || undefined })}
      >
        <option value="">{t("cases.chooseOutcome")}</option>
        {caseOutcomes.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`outcomes.${outcome}`)}
          </option>
        ))}
      </SelectField>
      <DateField
        label={t("cases.fields.closedOn")}
        min={item.openedOn}
        max={todayIso()}
        error={fieldError(formState.errors.closedOn)}
        {...register("closedOn")}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={changeCase.isPending}>
          {t("cases.moves.close")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
