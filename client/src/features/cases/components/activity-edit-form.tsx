import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type Activity, ActivityCreateSchema } from "#shared/schemas/case.ts";
import { useUpdateActivity } from "../api/change-activity.ts";
import { ActivityFields } from "./activity-fields.tsx";

type ActivityEditFormProps = { activity: Activity; onDone: () => void };

export function ActivityEditForm({ activity, onDone }: ActivityEditFormProps) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const updateActivity = useUpdateActivity(activity.caseId);
  const [conflict, setConflict] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(ActivityCreateSchema)),
    defaultValues: {
      type: activity.type,
      occurredOn: activity.occurredOn,
      durationMinutes: activity.durationMinutes,
      text: activity.text,
    },
  });
  const onSubmit = handleSubmit((values) => {
    setConflict(false);
    updateActivity.mutate(
      { id: activity.id, changes: { version: activity.version, ...values } },
      {
        onSuccess: () => {
          showToast(t("activities.saved"));
          onDone();
        },
        onError: (error) => {
          if (isStaleVersion(error)) setConflict(true);
          else if (!applyServerErrors(error, setError, ["type", "occurredOn", "durationMinutes", "text"]))
            showToast(errorMessage(error), "error");
        },
      },
    );
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t("activities.edit")}>
      {conflict && <ConflictAlert onReload={onDone} />}
      <ActivityFields
        register={register}
        errors={formState.errors}
        onSubmitShortcut={() => void onSubmit()}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" className="button-small" busy={updateActivity.isPending}>
          {t("common.save")}
        </Button>
        <Button className="button-small" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
