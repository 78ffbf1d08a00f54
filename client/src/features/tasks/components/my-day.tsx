import { useTranslation } from "react-i18next";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useMyDay } from "../api/get-tasks.ts";
import { ExpiringResidencePermits } from "./expiring-residence-permits.tsx";
import { StaleCases } from "./stale-cases.tsx";
import { TaskGroup } from "./task-group.tsx";

export function MyDay() {
  const { t } = useTranslation();
  const day = useMyDay();
  if (day.isPending) return <Loading />;
  if (day.isError) return <ErrorState error={day.error} onRetry={() => void day.refetch()} />;
  const { overdue, dueToday, nextSevenDays, expiringPermits, staleCases } = day.data;
  const nothing = [overdue, dueToday, nextSevenDays, expiringPermits, staleCases].every(
    (list) => list.length === 0,
  );
  if (nothing) {
    return (
      <EmptyState title={t("myDay.emptyTitle")}>
        <p>{t("myDay.emptyText")}</p>
      </EmptyState>
    );
  }
  return (
    <div className="my-day">
      <div className="stack">
        <TaskGroup
          id="overdue"
          title={t("myDay.overdue")}
          emptyText={t("myDay.noOverdue")}
          tasks={overdue}
          overdue
        />
        <TaskGroup id="today" title={t("myDay.today")} emptyText={t("myDay.noneToday")} tasks={dueToday} />
        <TaskGroup
          id="next-days"
          title={t("myDay.nextSevenDays")}
          emptyText={t("myDay.noneNextDays")}
          tasks={nextSevenDays}
        />
      </div>
      <div className="stack">
        <ExpiringResidencePermits persons={expiringPermits} />
        <StaleCases cases={staleCases} />
      </div>
    </div>
  );
}
