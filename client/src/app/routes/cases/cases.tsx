import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { can } from "../../../../../shared/auth/permissions.ts";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { CasesList } from "../../../features/cases/components/cases-list.tsx";
import { caseFiltersFrom, caseListParams } from "../../../features/cases/utils/case-filters.ts";
import { useCaseworkers } from "../../../features/caseworkers/api/get-caseworkers.ts";
import { ListExportButtons } from "../../../features/list-exports/components/list-export-buttons.tsx";

export function CasesRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const caseworkers = useCaseworkers();
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t("cases.title")}
        description={t("cases.description")}
        actions={
          can(user.role, "export:case") && (
            <ListExportButtons list="cases" params={caseListParams(caseFiltersFrom(searchParams))} />
          )
        }
      />
      <CasesList userId={user.id} caseworkers={caseworkers.data ?? []} />
    </>
  );
}
