import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";

export function MyTasksRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("home.advisor.title")} description={t("home.advisor.description")} />
      <EmptyState title={t("home.advisor.emptyTitle")}>
        <p>{t("home.advisor.emptyText")}</p>
      </EmptyState>
    </>
  );
}
