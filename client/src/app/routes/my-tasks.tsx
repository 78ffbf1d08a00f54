import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header.tsx";
import { MyDay } from "../../features/tasks/components/my-day.tsx";

export function MyTasksRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("home.advisor.title")} description={t("home.advisor.description")} />
      <MyDay />
    </>
  );
}
