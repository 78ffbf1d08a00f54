import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { type RetentionEntry, RetentionPostponeSchema } from "#shared/schemas/retention.ts";
import { addDays } from "#shared/time/calendar.ts";
import { usePostponeRetention } from "../api/change-retention.ts";
import { fullName } from "./due-table.tsx";
import "../messages.ts";

type PostponeDialogProps = { entry: RetentionEntry | null; today: string; onClose: () => void };

export function PostponeDialog({ entry, today, onClose }: PostponeDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={entry !== null}
      title={t("retention.postponeTitle", { name: entry ? fullName(entry) : "" })}
      onClose={onClose}
    >
      {entry && <PostponeForm key={entry.personId} entry={entry} today={today} onDone={onClose} />}
    </Dialog>
  );
}

function PostponeForm({
  entry,
  today,
  onDone,
}: {
  entry: RetentionEntry;
  today: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const postpone = usePostponeRetention();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(RetentionPostponeSchema)),
    mode: "onTouched",
    defaultValues: { dueOn: "", reason: "" },
  });
  const name = fullName(entry);

  const onSubmit = handleSubmit((body) =>
    postpone.mutate(
      { personId: entry.personId, body },
      {
        onSuccess: (result) => {
          showToast(t("retention.postponeDone", { name, date: formatDate(result.dueOn, language) }));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, ["dueOn", "reason"]),
      },
    ),
  );
  const fieldsFailed = formState.errors.dueOn || formState.errors.reason;

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <p>{t("retention.postponeText", { date: formatDate(entry.dueOn, language) })}</p>
      {postpone.error && !fieldsFailed && <Alert>{errorMessage(postpone.error)}</Alert>}
      <DateField
        label={t("retention.newDueOn")}
        required
        min={addDays(today, 1)}
        error={fieldError(formState.errors.dueOn)}
        {...register("dueOn")}
      />
      <TextareaField
        label={t("retention.reason")}
        hint={t("retention.reasonHint")}
        required
        rows={3}
        error={fieldError(formState.errors.reason)}
        {...register("reason")}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={postpone.isPending}>
          {t("retention.postponeSubmit")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
