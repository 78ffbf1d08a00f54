import { useTranslation } from "react-i18next";
import { ClosedCaseHint } from "#client/components/closed-case-hint.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { todayIso } from "#client/lib/dates.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { type TaskListParams, useTasks } from "../api/get-tasks.ts";
import { AddTaskForm } from "./add-task-form.tsx";
import { TaskItem } from "./task-item.tsx";

type TaskListSectionProps = {
  params: TaskListParams;
  userId: string;
  caseworkers: Caseworker[];
  addToCaseId?: string;
  caseClosed?: boolean;
  showPerson?: boolean;
};

export function TaskListSection({
  params,
  userId,
  caseworkers,
  addToCaseId,
  caseClosed = false,
  showPerson = false,
}: TaskListSectionProps) {
  const { t } = useTranslation();
  const tasks = useTasks(params);
  const today = todayIso();
  const items = tasks.data?.items ?? [];
  const sorted = [...items].sort(
    (a, b) => Number(a.doneAt !== null) - Number(b.doneAt !== null) || a.dueOn.localeCompare(b.dueOn),
  );
  return (
    <Section id="tasks" title={t("tasks.sectionTitle")}>
      <div className="stack">
        {caseClosed ? (
          <ClosedCaseHint />
        ) : (
          addToCaseId && <AddTaskForm caseId={addToCaseId} userId={userId} caseworkers={caseworkers} />
        )}
        {tasks.isPending ? (
          <Loading />
        ) : tasks.isError ? (
          <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : sorted.length === 0 ? (
          <p className="text-muted">{t("tasks.empty")}</p>
        ) : (
          <ul className="task-list">
            {sorted.map((task) => (
              <TaskItem
                key={task.id}
                task={task}
                showPerson={showPerson}
                showAssignee={task.assigneeId !== userId}
                overdue={task.dueOn < today}
              />
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
