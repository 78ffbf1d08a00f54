import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { DuplicatePairsPage } from "../../../features/person-merge/components/duplicate-pairs-page.tsx";
import "../../../features/person-merge/messages.ts";

export function PersonDuplicatesRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader
        title={t("personMerge.title")}
        description={t("personMerge.description", { centre: user.centreName })}
      />
      <DuplicatePairsPage />
    </>
  );
}
