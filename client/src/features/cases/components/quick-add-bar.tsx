import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { ActivityCreateSchema } from "#shared/schemas/case.ts";
import { useAddActivity } from "../api/change-activity.ts";
import { ActivityFields, type ActivityValues } from "./activity-fields.tsx";

const emptyActivity = (): ActivityValues => ({
  type: "consultation",
  occurredOn: todayIso(),
  durationMinutes: null,
  text: "",
});

export function QuickAddBar({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const addActivity = useAddActivity(caseId);
  const { register, handleSubmit, formState, setError, reset, setFocus } = useForm({
    resolver: withRequiredErrors(zodResolver(ActivityCreateSchema)),
    defaultValues: emptyActivity(),
  });
  const onSubmit = handleSubmit((values) =>
    addActivity.mutate(values, {
      onSuccess: () => {
        showToast(t("activities.added"));
        reset({ ...emptyActivity(), type: values.type });
        setFocus("text");
      },
      onError: (error) =>
        applyServerErrors(error, setError, ["type", "occurredOn", "durationMinutes", "text"]),
    }),
  );
  const failure = addActivity.error;
  return (
    <form className="quick-add card-sunken" noValidate onSubmit={onSubmit} aria-label={t("activities.add")}>
      {failure && !isApiError(failure, "validation_failed") && <Alert>{errorMessage(failure)}</Alert>}
      <ActivityFields
        register={register}
        errors={formState.errors}
        onSubmitShortcut={() => void onSubmit()}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={addActivity.isPending}>
          {t("activities.add")}
        </Button>
      </div>
    </form>
  );
}
