import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";

export function OffersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("home.employer.title")} description={t("home.employer.description")} />
      <EmptyState title={t("home.employer.emptyTitle")}>
        <p>{t("home.employer.emptyText")}</p>
      </EmptyState>
    </>
  );
}
