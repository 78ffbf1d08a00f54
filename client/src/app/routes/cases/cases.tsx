import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { BulkActionBar } from "#client/features/bulk-actions/components/bulk-action-bar.tsx";
import { selectColumn } from "#client/features/bulk-actions/components/row-checkboxes.tsx";
import { useRowSelection } from "#client/features/bulk-actions/utils/use-row-selection.ts";
import { CasesList } from "#client/features/cases/components/cases-list.tsx";
import { caseFiltersFrom, caseListParams } from "#client/features/cases/utils/case-filters.ts";
import { useCaseworkers } from "#client/features/caseworkers/api/get-caseworkers.ts";
import { ListExportButtons } from "#client/features/list-exports/components/list-export-buttons.tsx";
import { can } from "#shared/auth/permissions.ts";
import type { Case } from "#shared/schemas/case.ts";

export function CasesRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const caseworkers = useCaseworkers();
  const [searchParams] = useSearchParams();
  const params = caseListParams(caseFiltersFrom(searchParams));
  const selection = useRowSelection(JSON.stringify(params));
  const mayChange = can(user.role, "update:case");
  const mayExport = can(user.role, "export:case");
  return (
    <>
      <PageHeader
        title={t("cases.title")}
        description={t("cases.description")}
        actions={mayExport && <ListExportButtons list="cases" params={params} />}
      />
      <CasesList
        userId={user.id}
        caseworkers={caseworkers.data ?? []}
        select={mayChange ? selectColumn<Case>(selection, (row) => row.personName) : undefined}
      />
      {mayChange && (
        <BulkActionBar
          list="cases"
          selection={selection}
          filter={params}
          userId={user.id}
          caseworkers={caseworkers.data ?? []}
          exportButtons={(ids) => mayExport && <ListExportButtons list="cases" params={params} ids={ids} />}
        />
      )}
    </>
  );
}
