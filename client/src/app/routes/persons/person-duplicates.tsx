import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { DuplicatePairsPage } from "#client/features/person-merge/components/duplicate-pairs-page.tsx";
import "#client/features/person-merge/messages.ts";

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
