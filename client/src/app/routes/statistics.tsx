import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";

export function StatisticsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("home.manager.title")} description={t("home.manager.description")} />
      <EmptyState title={t("home.manager.emptyTitle")}>
        <p>{t("home.manager.emptyText")}</p>
      </EmptyState>
    </>
  );
}
