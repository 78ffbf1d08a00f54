import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { consentChannels } from "#shared/reference/cases.ts";
import { TransferCreateSchema } from "#shared/schemas/transfer.ts";
import { useOfferTransfer } from "../api/change-transfer.ts";
import { useTransferCentres } from "../api/get-transfers.ts";
import "../messages.ts";

const CURRENT_NOTICE_VERSION = "2025-01";

type OfferTransferDialogProps = { personId: string; ownCentreId: string; open: boolean; onClose: () => void };

export function OfferTransferDialog({ personId, ownCentreId, open, onClose }: OfferTransferDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t("transfers.offer.title")} onClose={onClose}>
      <OfferTransferForm personId={personId} ownCentreId={ownCentreId} onDone={onClose} />
    </Dialog>
  );
}

function OfferTransferForm({
  personId,
  ownCentreId,
  onDone,
}: {
  personId: string;
  ownCentreId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const centres = useTransferCentres();
  const offer = useOfferTransfer(personId);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(TransferCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      toCentreId: "",
      consent: { givenOn: todayIso(), channel: "in_person" as const, noticeVersion: CURRENT_NOTICE_VERSION },
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((body) =>
    offer.mutate(body, {
      onSuccess: (transfer) => {
        showToast(t("transfers.offer.done", { centre: transfer.toCentreName }));
        onDone();
      },
      onError: (error) =>
        applyServerErrors(error, setError, [
          "toCentreId",
          "consent.givenOn",
          "consent.channel",
          "consent.noticeVersion",
        ]),
    }),
  );
  const failure =
    offer.error && !isApiError(offer.error, "validation_failed") ? errorMessage(offer.error) : null;
  const others = (centres.data?.items ?? []).filter((centre) => centre.id !== ownCentreId);
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <p>{t("transfers.offer.explain")}</p>
      {failure && <Alert>{failure}</Alert>}
      {centres.isError && <Alert>{errorMessage(centres.error)}</Alert>}
      <SelectField
        label={t("transfers.offer.centre")}
        error={fieldError(errors.toCentreId)}
        disabled={centres.isPending}
        {...register("toCentreId")}
      >
        <option value="">{t("transfers.offer.chooseCentre")}</option>
        {others.map((centre) => (
          <option key={centre.id} value={centre.id}>
            {centre.name}
          </option>
        ))}
      </SelectField>
      <fieldset className="fieldset">
        <legend>{t("transfers.offer.consent")}</legend>
        <p className="form-section-hint">{t("transfers.offer.consentHint")}</p>
        <div className="form-grid">
          <DateField
            label={t("transfers.offer.givenOn")}
            max={todayIso()}
            error={fieldError(errors.consent?.givenOn)}
            {...register("consent.givenOn")}
          />
          <SelectField
            label={t("transfers.offer.channel")}
            error={fieldError(errors.consent?.channel)}
            {...register("consent.channel")}
          >
            {consentChannels.map((channel) => (
              <option key={channel} value={channel}>
                {t(`consentChannels.${channel}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("transfers.offer.noticeVersion")}
            error={fieldError(errors.consent?.noticeVersion)}
            {...register("consent.noticeVersion")}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={offer.isPending}>
          {t("transfers.offer.submit")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
