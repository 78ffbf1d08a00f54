import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { consentChannels, offeredConsentPurposes } from "#shared/reference/cases.ts";
import { ConsentCreateSchema } from "#shared/schemas/consent.ts";
import { useGiveConsent } from "../api/change-consent.ts";

const CURRENT_NOTICE_VERSION = "2025-01";

export function GiveConsentForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const giveConsent = useGiveConsent(personId);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(ConsentCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      purpose: "counselling" as const,
      givenOn: todayIso(),
      channel: "in_person" as const,
      noticeVersion: CURRENT_NOTICE_VERSION,
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((consent) =>
    giveConsent.mutate(consent, {
      onSuccess: () => {
        showToast(t("consents.given"));
        onDone();
      },
      onError: (error) =>
        applyServerErrors(error, setError, ["purpose", "givenOn", "channel", "noticeVersion"]),
    }),
  );
  const failure = giveConsent.error;
  const failureText = failure && !isApiError(failure, "validation_failed") ? errorMessage(failure) : null;

  return (
    <form className="form inline-form" noValidate onSubmit={onSubmit} aria-label={t("consents.give")}>
      {failureText && <Alert>{failureText}</Alert>}
      <div className="form-grid">
        <SelectField
          label={t("consents.purpose")}
          error={fieldError(errors.purpose)}
          {...register("purpose")}
        >
          {offeredConsentPurposes.map((purpose) => (
            <option key={purpose} value={purpose}>
              {t(`consentPurposes.${purpose}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("consents.givenOn")}
          max={todayIso()}
          error={fieldError(errors.givenOn)}
          {...register("givenOn")}
        />
        <SelectField
          label={t("consents.channel")}
          error={fieldError(errors.channel)}
          {...register("channel")}
        >
          {consentChannels.map((channel) => (
            <option key={channel} value={channel}>
              {t(`consentChannels.${channel}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("consents.noticeVersion")}
          error={fieldError(errors.noticeVersion)}
          {...register("noticeVersion")}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={giveConsent.isPending}>
          {t("consents.record")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
