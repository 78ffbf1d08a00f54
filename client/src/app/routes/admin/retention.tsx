import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { RetentionOverview } from "#client/features/retention/components/retention-overview.tsx";
import "#client/features/retention/messages.ts";

export function RetentionRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("retention.title")} description={t("retention.description")} />
      <RetentionOverview />
    </>
  );
}
