import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { CasesList } from "../../../features/cases/components/cases-list.tsx";
import { useCaseworkers } from "../../../features/caseworkers/api/get-caseworkers.ts";

export function CasesRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const caseworkers = useCaseworkers();
  return (
    <>
      <PageHeader title={t("cases.title")} description={t("cases.description")} />
      <CasesList userId={user.id} caseworkers={caseworkers.data ?? []} />
    </>
  );
}
