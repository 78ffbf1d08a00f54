import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type Candidate, CandidateTransitionSchema } from "#shared/schemas/placement.ts";
import { useCandidateTransition } from "../api/candidate-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";

const ConfirmSchema = CandidateTransitionSchema.pick({ on: true, note: true });
const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };

type StageConfirmFormProps = {
  candidate: Candidate;
  name: string;
  to: "accepted" | "running" | "completed";
  onDone: () => void;
};

export function StageConfirmForm({ candidate, name, to, onDone }: StageConfirmFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const transition = useCandidateTransition();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(ConfirmSchema)),
    mode: "onTouched",
    defaultValues: { on: todayIso(), note: undefined },
  });
  const onSubmit = handleSubmit((values) =>
    transition.mutate(
      { candidate, body: { to, ...values } },
      {
        onSuccess: () => {
          showToast(t(`portal.actions.moved.${to}`, { name }));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, ["on", "note"]),
      },
    ),
  );
  const failure = transition.error;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failure && Object.keys(formState.errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
      {to === "accepted" && <p>{t("portal.confirm.acceptedIntro")}</p>}
      <DateField
        label={t("portal.confirm.on")}
        error={fieldError(formState.errors.on)}
        {...register("on", orUndefined)}
      />
      <TextareaField
        label={t("portal.confirm.note")}
        optionalLabel={t("common.optional")}
        rows={3}
        error={fieldError(formState.errors.note)}
        {...register("note", orUndefined)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={transition.isPending}>
          {t(`portal.actions.${to}`)}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
