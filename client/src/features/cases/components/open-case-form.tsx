import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { type Case, CaseCreateSchema } from "#shared/schemas/case.ts";
import { useCreateCase } from "../api/create-case.ts";
import { ConcernsFieldset } from "./concerns-fieldset.tsx";
import { SourceChannelSelect } from "./source-channel-select.tsx";

type OpenCaseFormProps = { personId: string; onOpened: (opened: Case) => void; onCancel: () => void };

export function OpenCaseForm({ personId, onOpened, onCancel }: OpenCaseFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const createCase = useCreateCase();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(CaseCreateSchema)),
    mode: "onTouched",
    defaultValues: { personId, concerns: [], sourceChannel: "walk_in" as const },
  });
  const onSubmit = handleSubmit((input) =>
    createCase.mutate(input, {
      onSuccess: onOpened,
      onError: (error) => applyServerErrors(error, setError, ["concerns", "sourceChannel"]),
    }),
  );
  const failure = createCase.error;
  const failureText = failure && !isApiError(failure, "validation_failed") ? errorMessage(failure) : null;
  return (
    <form className="form inline-form" noValidate onSubmit={onSubmit} aria-label={t("cases.open")}>
      {failureText && <Alert>{failureText}</Alert>}
      <ConcernsFieldset registration={register("concerns")} error={fieldError(formState.errors.concerns)} />
      <SourceChannelSelect
        error={fieldError(formState.errors.sourceChannel)}
        {...register("sourceChannel")}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={createCase.isPending}>
          {t("cases.open")}
        </Button>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
