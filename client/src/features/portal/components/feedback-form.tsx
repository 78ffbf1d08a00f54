import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type Candidate, CandidateFeedbackSchema } from "#shared/schemas/placement.ts";
import { useCandidateFeedback } from "../api/candidate-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";

const FeedbackSchema = CandidateFeedbackSchema.pick({ feedback: true });
const orNull = { setValueAs: (value: string | null) => (value?.trim() ? value : null) };

export function FeedbackForm({ candidate, onDone }: { candidate: Candidate; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const saveFeedback = useCandidateFeedback();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(FeedbackSchema)),
    mode: "onTouched",
    defaultValues: { feedback: candidate.employerFeedback },
  });
  const onSubmit = handleSubmit((values) =>
    saveFeedback.mutate(
      { candidate, body: values },
      {
        onSuccess: () => {
          showToast(t("portal.feedback.saved"));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, ["feedback"]),
      },
    ),
  );
  const failure = saveFeedback.error;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failure && Object.keys(formState.errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
      <TextareaField
        label={t("portal.feedback.text")}
        hint={t("portal.feedback.hint")}
        rows={5}
        error={fieldError(formState.errors.feedback)}
        {...register("feedback", orNull)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={saveFeedback.isPending}>
          {t("common.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
