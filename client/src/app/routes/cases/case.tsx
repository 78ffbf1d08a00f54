import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorState } from "../../../components/error-state.tsx";
import { Loading } from "../../../components/loading.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { useCase } from "../../../features/cases/api/get-cases.ts";
import { CaseDetails } from "../../../features/cases/components/case-details.tsx";
import { CaseHeader } from "../../../features/cases/components/case-header.tsx";
import { Timeline } from "../../../features/cases/components/timeline.tsx";
import { TaskListSection } from "../../../features/tasks/components/task-list-section.tsx";

export function CaseRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const user = useSessionUser();
  const item = useCase(id);
  if (item.isPending) return <Loading label={t("common.loading")} />;
  if (item.isError) return <ErrorState error={item.error} onRetry={() => void item.refetch()} />;
  return (
    <>
      <CaseHeader item={item.data} />
      <div className="case-layout">
        <Timeline caseId={item.data.id} userId={user.id} />
        <div className="stack">
          <CaseDetails item={item.data} />
          <TaskListSection
            params={{ caseId: item.data.id }}
            addToCaseId={item.data.status === "closed" ? undefined : item.data.id}
          />
        </div>
      </div>
    </>
  );
}
