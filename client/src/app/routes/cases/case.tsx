import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { PersonAgencyWarning } from "#client/features/agencies/components/person-agency.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { useCase } from "#client/features/cases/api/get-cases.ts";
import { CaseDetails } from "#client/features/cases/components/case-details.tsx";
import { CaseHeader } from "#client/features/cases/components/case-header.tsx";
import { Timeline } from "#client/features/cases/components/timeline.tsx";
import { useCaseworkers } from "#client/features/caseworkers/api/get-caseworkers.ts";
import { TaskListSection } from "#client/features/tasks/components/task-list-section.tsx";

export function CaseRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const user = useSessionUser();
  const item = useCase(id);
  const caseworkers = useCaseworkers().data ?? [];
  if (item.isPending) return <Loading label={t("common.loading")} />;
  if (item.isError) return <ErrorState error={item.error} onRetry={() => void item.refetch()} />;
  const closed = item.data.status === "closed";
  return (
    <>
      <CaseHeader item={item.data} />
      <PersonAgencyWarning personId={item.data.personId} />
      <div className="case-layout">
        <Timeline caseId={item.data.id} userId={user.id} closed={closed} />
        <div className="stack">
          <CaseDetails item={item.data} caseworkers={caseworkers} />
          <TaskListSection
            params={{ caseId: item.data.id }}
            userId={user.id}
            caseworkers={caseworkers}
            addToCaseId={item.data.id}
            caseClosed={closed}
          />
        </div>
      </div>
    </>
  );
}
