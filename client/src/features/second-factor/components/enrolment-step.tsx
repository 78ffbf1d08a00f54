import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useApplyState, useConfirmEnrolment, useStartEnrolment } from "../api/sign-in-steps.ts";
import { CodeForm } from "./code-form.tsx";
import { RecoveryCodes } from "./recovery-codes.tsx";

type Confirmed = NonNullable<ReturnType<typeof useConfirmEnrolment>["data"]>;

export function EnrolmentStep() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const applyState = useApplyState();
  const [confirmed, setConfirmed] = useState<Confirmed | null>(null);
  const { mutate: startEnrolment } = start;
  useEffect(() => startEnrolment(), [startEnrolment]);

  if (confirmed) {
    const { recoveryCodes, ...state } = confirmed;
    return <RecoveryCodes codes={recoveryCodes} onDone={() => applyState(state)} />;
  }
  return (
    <>
      <h1 className="page-title">{t("secondFactor.enrolTitle")}</h1>
      <p className="auth-intro">{t("secondFactor.enrolIntro")}</p>
      {start.isError && <Alert>{errorMessage(start.error)}</Alert>}
      {start.isPending && <Loading label={t("secondFactor.loadingQr")} />}
      {start.data && (
        <div className="enrolment">
          <img
            className="enrolment-qr"
            src={`data:image/svg+xml;utf8,${encodeURIComponent(start.data.qrSvg)}`}
            alt={t("secondFactor.qrAlt")}
            width={200}
            height={200}
          />
          <p>{t("secondFactor.manualSecret")}</p>
          <p>
            <code className="enrolment-secret">{start.data.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
          </p>
        </div>
      )}
      {start.data && (
        <CodeForm
          busy={confirm.isPending}
          error={confirm.error}
          onCode={(code, onError) => confirm.mutate(code, { onError, onSuccess: setConfirmed })}
        />
      )}
    </>
  );
}
