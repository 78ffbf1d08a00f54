import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { CaseworkerSelect } from "#client/components/caseworker-select.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { addDays, todayIso } from "#client/lib/dates.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { caseOutcomes } from "#shared/reference/cases.ts";
import { BulkChangeSchema, type BulkSummary } from "#shared/schemas/bulk.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { type BulkList, type BulkTarget, useRunBulkAction } from "../api/run-bulk-action.ts";

const DEFAULT_DUE_IN_DAYS = 7;
const fields = ["action", "advisorId", "title", "dueOn", "assigneeId", "outcome", "closedOn"] as const;
const emptyToUndefined = (value: string | undefined) => value || undefined;

type BulkActionFormProps = {
  list: BulkList;
  target: BulkTarget;
  userId: string;
  caseworkers: Caseworker[];
  onDone: (summary: BulkSummary) => void;
};

/** One action for every chosen row: the fields it needs, checked by the shared schema before the server is asked. */
export function BulkActionForm({ list, target, userId, caseworkers, onDone }: BulkActionFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const run = useRunBulkAction(list);
  const actions =
    list === "cases"
      ? (["assign_advisor", "add_task", "close"] as const)
      : (["assign_advisor", "add_task"] as const);
  const { register, handleSubmit, formState, setError, watch } = useForm({
    resolver: withRequiredErrors(zodResolver(BulkChangeSchema)),
    mode: "onTouched",
    defaultValues: {
      action: undefined,
      advisorId: userId,
      title: "",
      dueOn: addDays(todayIso(), DEFAULT_DUE_IN_DAYS),
      assigneeId: userId,
      outcome: undefined,
      closedOn: todayIso(),
    },
  });
  const action = watch("action");
  const errors = formState.errors as Partial<Record<(typeof fields)[number], { message?: string }>>;
  const onSubmit = handleSubmit((change) =>
    run.mutate(
      { change, target },
      { onSuccess: onDone, onError: (error) => applyServerErrors(error, setError, fields) },
    ),
  );
  const failure = run.error;
  const showFailure =
    failure &&
    !(
      isApiError(failure, "validation_failed") &&
      failure.fieldIssues.some((issue) => (fields as readonly string[]).includes(issue.path))
    );
  return (
    <form className="bulk-form" noValidate onSubmit={onSubmit}>
      <SelectField
        label={t("bulkActions.action")}
        error={fieldError(errors.action)}
        {...register("action", { setValueAs: emptyToUndefined })}
      >
        <option value="">{t("bulkActions.chooseAction")}</option>
        {actions.map((each) => (
          <option key={each} value={each}>
            {t(`bulkActions.actions.${each}`)}
          </option>
        ))}
      </SelectField>
      {action === "assign_advisor" && (
        <CaseworkerSelect
          label={t("cases.fields.advisor")}
          caseworkers={caseworkers}
          error={fieldError(errors.advisorId)}
          {...register("advisorId")}
          value={watch("advisorId")}
        />
      )}
      {action === "add_task" && (
        <>
          <TextField label={t("tasks.title")} error={fieldError(errors.title)} {...register("title")} />
          <DateField label={t("tasks.due")} error={fieldError(errors.dueOn)} {...register("dueOn")} />
          <CaseworkerSelect
            label={t("tasks.assignee")}
            caseworkers={caseworkers}
            error={fieldError(errors.assigneeId)}
            {...register("assigneeId", { setValueAs: emptyToUndefined })}
            value={watch("assigneeId")}
          />
        </>
      )}
      {action === "close" && (
        <>
          <SelectField
            label={t("cases.fields.outcome")}
            error={fieldError(errors.outcome)}
            {...register("outcome", { setValueAs: emptyToUndefined })}
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
            max={todayIso()}
            error={fieldError(errors.closedOn)}
            {...register("closedOn", { setValueAs: emptyToUndefined })}
          />
        </>
      )}
      <Button
        type="submit"
        variant="primary"
        busy={run.isPending}
        aria-label={
          action ? t("bulkActions.runLabel", { action: t(`bulkActions.actions.${action}`) }) : undefined
        }
      >
        {t("bulkActions.run")}
      </Button>
      {showFailure && <Alert>{errorMessage(failure)}</Alert>}
    </form>
  );
}
