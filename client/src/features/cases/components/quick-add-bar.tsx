import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ActivityCreateSchema } from "../../../../../shared/schemas/case.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button } from "../../../components/button.tsx";
import { useToast } from "../../../components/toasts/toast-context.ts";
import { isApiError } from "../../../lib/api-error.ts";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { todayIso } from "../../../lib/dates.ts";
import { withRequiredErrors } from "../../../lib/form-errors.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
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
