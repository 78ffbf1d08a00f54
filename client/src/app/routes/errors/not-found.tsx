import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { StatusPage } from "#client/components/status-page.tsx";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="404"
      title={t("errors.notFoundTitle")}
      actions={
        <ButtonLink variant="primary" to="/">
          {t("errors.backHome")}
        </ButtonLink>
      }
    >
      <p>{t("errors.notFoundText")}</p>
    </StatusPage>
  );
}
