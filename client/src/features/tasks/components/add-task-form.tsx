import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { CaseworkerSelect } from "#client/components/caseworker-select.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { addDays, todayIso } from "#client/lib/dates.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { TaskCreateSchema } from "#shared/schemas/task.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { useCreateTask } from "../api/change-task.ts";

const DEFAULT_DUE_IN_DAYS = 7;

type AddTaskFormProps = { caseId: string; userId: string; caseworkers: Caseworker[] };

export function AddTaskForm({ caseId, userId, caseworkers }: AddTaskFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const createTask = useCreateTask();
  const emptyTask = () => ({
    caseId,
    title: "",
    dueOn: addDays(todayIso(), DEFAULT_DUE_IN_DAYS),
    assigneeId: userId,
  });
  const { register, handleSubmit, formState, setError, reset, setFocus, watch } = useForm({
    resolver: withRequiredErrors(zodResolver(TaskCreateSchema)),
    defaultValues: emptyTask(),
  });
  const onSubmit = handleSubmit((task) =>
    createTask.mutate(task, {
      onSuccess: (created) => {
        showToast(t("tasks.created", { title: created.title }));
        reset(emptyTask());
        setFocus("title");
      },
      onError: (error) => {
        if (!applyServerErrors(error, setError, ["title", "dueOn", "assigneeId"]))
          showToast(errorMessage(error), "error");
      },
    }),
  );
  return (
    <form className="inline-add" noValidate onSubmit={onSubmit} aria-label={t("tasks.add")}>
      <TextField label={t("tasks.title")} error={fieldError(formState.errors.title)} {...register("title")} />
      <DateField label={t("tasks.due")} error={fieldError(formState.errors.dueOn)} {...register("dueOn")} />
      <CaseworkerSelect
        label={t("tasks.assignee")}
        caseworkers={caseworkers}
        error={fieldError(formState.errors.assigneeId)}
        {...register("assigneeId")}
        value={watch("assigneeId")}
      />
      <Button type="submit" variant="secondary" busy={createTask.isPending}>
        {t("tasks.add")}
      </Button>
    </form>
  );
}
