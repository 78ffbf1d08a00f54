import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { todayIso } from "#client/lib/dates.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { Consent } from "#shared/schemas/consent.ts";
import { useWithdrawConsent } from "../api/change-consent.ts";

type WithdrawConsentFormProps = { personId: string; consent: Consent; onDone: () => void };

export function WithdrawConsentForm({ personId, consent, onDone }: WithdrawConsentFormProps) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const withdraw = useWithdrawConsent(personId);
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate(
      { consentId: consent.id, withdrawnOn },
      {
        onSuccess: () => {
          showToast(t("consents.withdrawn"));
          onDone();
        },
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  };
  return (
    <form className="row-form" onSubmit={onSubmit}>
      <DateField
        id={`withdraw-${consent.id}`}
        label={t("consents.withdrawnOnLabel")}
        labelHidden
        className="input-date"
        required
        min={consent.givenOn}
        max={todayIso()}
        value={withdrawnOn}
        onValueChange={setWithdrawnOn}
      />
      <Button type="submit" variant="danger" className="button-small" busy={withdraw.isPending}>
        {t("consents.confirmWithdraw")}
      </Button>
      <Button className="button-small" onClick={onDone}>
        {t("common.cancel")}
      </Button>
    </form>
  );
}
