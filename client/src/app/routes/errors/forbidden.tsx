import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { StatusPage } from "#client/components/status-page.tsx";

export function Forbidden() {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="403"
      title={t("errors.forbiddenTitle")}
      actions={
        <ButtonLink variant="primary" to="/">
          {t("errors.backHome")}
        </ButtonLink>
      }
    >
      <p>{t("errors.forbiddenText")}</p>
    </StatusPage>
  );
}
