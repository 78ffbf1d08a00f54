import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { say } from "#shared/api/issue-messages.ts";
import { DeclineReasonSchema, declineReasons } from "#shared/reference/employers.ts";
import { type Candidate, CandidateTransitionSchema } from "#shared/schemas/placement.ts";
import { useCandidateTransition } from "../api/candidate-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";

const DeclineSchema = z.object({
  reason: DeclineReasonSchema.optional().refine((reason) => reason !== undefined, {
    error: say("reason_choice"),
  }),
  note: CandidateTransitionSchema.shape.note,
});
const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };

type DeclineFormProps = { candidate: Candidate; name: string; onDone: () => void };

export function DeclineForm({ candidate, name, onDone }: DeclineFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const transition = useCandidateTransition();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(DeclineSchema)),
    mode: "onTouched",
    defaultValues: { reason: undefined, note: undefined },
  });
  const onSubmit = handleSubmit(({ reason, note }) =>
    transition.mutate(
      { candidate, body: { to: "declined", reason, note } },
      {
        onSuccess: () => {
          showToast(t("portal.actions.moved.declined", { name }));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, ["reason", "note"]),
      },
    ),
  );
  const failure = transition.error;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failure && Object.keys(formState.errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
      <p>{t("portal.decline.intro")}</p>
      <SelectField
        label={t("portal.decline.reason")}
        error={fieldError(formState.errors.reason)}
        {...register("reason", orUndefined)}
      >
        <option value="">{t("portal.decline.chooseReason")}</option>
        {declineReasons.map((reason) => (
          <option key={reason} value={reason}>
            {t(`portal.decline.reasons.${reason}`)}
          </option>
        ))}
      </SelectField>
      <TextareaField
        label={t("portal.decline.note")}
        optionalLabel={t("common.optional")}
        rows={3}
        error={fieldError(formState.errors.note)}
        {...register("note", orUndefined)}
      />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={transition.isPending}>
          {t("portal.decline.submit")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
