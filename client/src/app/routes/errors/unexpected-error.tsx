import { useTranslation } from "react-i18next";
import { Button } from "../../../components/button.tsx";
import { StatusPage } from "../../../components/status-page.tsx";
import { useErrorMessage } from "../../../lib/use-error-message.ts";

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
