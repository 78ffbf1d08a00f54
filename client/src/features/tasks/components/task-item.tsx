import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Task } from "#shared/schemas/task.ts";
import { useUpdateTask } from "../api/change-task.ts";

type TaskItemProps = { task: Task; showPerson?: boolean; showAssignee?: boolean; overdue?: boolean };

export function TaskItem({ task, showPerson = true, showAssignee = false, overdue = false }: TaskItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const updateTask = useUpdateTask();
  const done = task.doneAt !== null;
  const toggle = () =>
    updateTask.mutate(
      { id: task.id, changes: { version: task.version, done: !done } },
      {
        onSuccess: (saved) =>
          showToast(t(saved.doneAt ? "tasks.markedDone" : "tasks.markedOpen", { title: saved.title })),
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  return (
    <li className={done ? "task-item task-done" : "task-item"}>
      <input
        type="checkbox"
        className="checkbox"
        checked={done}
        disabled={updateTask.isPending}
        onChange={toggle}
        aria-label={t("tasks.doneLabel", { title: task.title })}
      />
      <div className="task-body">
        <Link to={`/cases/${task.caseId}`} className="task-title">
          {task.title}
        </Link>
        <span className="task-meta">
          {showPerson && (
            <>
              <Link to={`/persons/${task.personId}`}>{task.personName}</Link>
              {" · "}
            </>
          )}
          <span className={overdue && !done ? "text-danger" : undefined}>
            {t("tasks.dueOn", { date: formatDate(task.dueOn, language) })}
          </span>
          {showAssignee && <span>· {task.assigneeName}</span>}
          {task.automatic && <span className="badge badge-neutral">{t("tasks.automatic")}</span>}
        </span>
      </div>
    </li>
  );
}
