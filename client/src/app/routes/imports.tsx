import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header.tsx";
import { ImportPage } from "../../features/imports/components/import-page.tsx";
import "../../features/imports/messages.ts";

export function ImportsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("imports.title")} description={t("imports.description")} />
      <ImportPage />
    </>
  );
}
