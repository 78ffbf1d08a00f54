import { useTranslation } from "react-i18next";
import { can, scopeOf } from "#shared/auth/permissions.ts";
import { PageHeader } from "../../components/page-header.tsx";
import { useSessionUser } from "../../features/auth/api/get-me.ts";
import { EsfReportCard } from "../../features/esf/components/esf-report-card.tsx";
import { StatisticsDashboard } from "../../features/statistics/components/statistics-dashboard.tsx";
import "../../features/statistics/messages.ts";

export function StatisticsRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader title={t("statistics.title")} description={t("statistics.description")} />
      <StatisticsDashboard canSeeRegion={scopeOf(user.role, "read:stats") === "any"} />
      <EsfReportCard showGaps={can(user.role, "read:enrolment")} />
    </>
  );
}
