import { useTranslation } from "react-i18next";
import { ClosedCaseHint } from "#client/components/closed-case-hint.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { useActivities } from "../api/get-activities.ts";
import { ActivityItem } from "./activity-item.tsx";
import { QuickAddBar } from "./quick-add-bar.tsx";

type TimelineProps = { caseId: string; userId: string; closed: boolean };

export function Timeline({ caseId, userId, closed }: TimelineProps) {
  const { t } = useTranslation();
  const activities = useActivities(caseId);
  return (
    <Section id="timeline" title={t("activities.title")}>
      <div className="stack">
        {closed ? <ClosedCaseHint /> : <QuickAddBar caseId={caseId} />}
        {activities.isPending ? (
          <Loading />
        ) : activities.isError ? (
          <ErrorState error={activities.error} onRetry={() => void activities.refetch()} />
        ) : activities.data.items.length === 0 ? (
          <p className="text-muted">{t("activities.empty")}</p>
        ) : (
          <ol className="timeline" aria-label={t("activities.title")}>
            {activities.data.items.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} canEdit={activity.authorId === userId} />
            ))}
          </ol>
        )}
      </div>
    </Section>
  );
}
