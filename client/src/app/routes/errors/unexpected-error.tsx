import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { StatusPage } from "#client/components/status-page.tsx";
import { useErrorMessage } from "#client/lib/use-error-message.ts";

export function UnexpectedError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <StatusPage
      title={t("errors.unexpectedTitle")}
      actions={
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t("common.reload")}
        </Button>
      }
    >
      <p>{t("errors.unexpectedText")}</p>
      <p className="text-muted">{errorMessage(error)}</p>
    </StatusPage>
  );
}
