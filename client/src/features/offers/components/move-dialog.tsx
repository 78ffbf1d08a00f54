import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { say } from "#shared/api/issue-messages.ts";
import { cancelReasons, declineReasons } from "#shared/reference/employers.ts";
import { type Placement, PlacementTransitionSchema } from "#shared/schemas/placement.ts";
import { useMovePlacement } from "../api/change-placement.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

export type DialogStage = "declined" | "cancelled" | "completed";

const MoveSchema = z
  .object({
    reason: PlacementTransitionSchema.shape.reason,
    on: PlacementTransitionSchema.shape.on.unwrap(),
    note: PlacementTransitionSchema.shape.note,
    closeCase: z.boolean(),
    needsReason: z.boolean(),
  })
  .refine((value) => !value.needsReason || value.reason !== undefined, {
    error: say("reason_choice"),
    path: ["reason"],
  });

const closesCase = (placement: Placement) =>
  placement.caseId !== null && ["apprenticeship", "job", "working_student"].includes(placement.offerType);

type MoveFormProps = { placement: Placement; to: DialogStage; onDone: () => void };

function MoveForm({ placement, to, onDone }: MoveFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const move = useMovePlacement();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(MoveSchema)),
    mode: "onTouched",
    defaultValues: {
      reason: undefined,
      on: todayIso(),
      note: undefined,
      closeCase: false,
      needsReason: to !== "completed",
    },
  });
  const reasons = to === "declined" ? declineReasons : cancelReasons;
  const onSubmit = handleSubmit(({ reason, on, note, closeCase }) =>
    move.mutate(
      {
        id: placement.id,
        body: {
          version: placement.version,
          to,
          on,
          ...(to !== "completed" && { reason }),
          ...(note && { note }),
          ...(to === "completed" && closeCase && { closeCase: true }),
        },
      },
      {
        onSuccess: (saved) => {
          showToast(t("offers.moved", { name: saved.personName, stage: t(`offers.stages.${saved.stage}`) }));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, ["reason", "on", "note"]),
      },
    ),
  );
  const failure = move.error && !isApiError(move.error, "validation_failed") ? move.error : null;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      {to !== "completed" && (
        <SelectField
          label={t("offers.end.reason")}
          error={fieldError(formState.errors.reason)}
          {...register("reason", { setValueAs: (value: string | undefined) => value || undefined })}
        >
          <option value="">{t("offers.end.chooseReason")}</option>
          {reasons.map((reason) => (
            <option key={reason} value={reason}>
              {t(`offers.reasons.${reason}`)}
            </option>
          ))}
        </SelectField>
      )}
      <DateField
        label={t("offers.end.on")}
        min={placement.proposedOn}
        error={fieldError(formState.errors.on)}
        {...register("on")}
      />
      <TextareaField
        label={t("offers.end.note")}
        optionalLabel={t("common.optional")}
        rows={2}
        error={fieldError(formState.errors.note)}
        {...register("note", { setValueAs: (value: string | undefined) => value || undefined })}
      />
      {to === "completed" && closesCase(placement) && (
        <CheckboxField label={t("offers.complete.closeCase")} {...register("closeCase")} />
      )}
      <div className="form-actions">
        <Button type="submit" variant={to === "completed" ? "primary" : "danger"} busy={move.isPending}>
          {t(
            to === "declined"
              ? "offers.end.confirmDecline"
              : to === "cancelled"
                ? "offers.end.confirmCancel"
                : "offers.complete.confirm",
          )}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}

type MoveDialogProps = { placement: Placement; to: DialogStage | null; onClose: () => void };

export function MoveDialog({ placement, to, onClose }: MoveDialogProps) {
  const { t } = useTranslation();
  const name = placement.personName;
  const title =
    to === "declined"
      ? t("offers.end.declineTitle", { name })
      : to === "cancelled"
        ? t("offers.end.cancelTitle", { name })
        : t("offers.complete.title", { name });
  return (
    <Dialog open={to !== null} title={title} onClose={onClose}>
      {to && <MoveForm placement={placement} to={to} onDone={onClose} />}
    </Dialog>
  );
}
