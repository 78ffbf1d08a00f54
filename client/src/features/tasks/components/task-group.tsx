import { CollapsibleSection } from "#client/components/collapsible-section.tsx";
import type { Task } from "#shared/schemas/task.ts";
import { TaskItem } from "./task-item.tsx";

type TaskGroupProps = { id: string; title: string; emptyText: string; tasks: Task[]; overdue?: boolean };

export function TaskGroup({ id, title, emptyText, tasks, overdue = false }: TaskGroupProps) {
  return (
    <CollapsibleSection id={id} title={`${title} (${tasks.length})`}>
      {tasks.length === 0 ? (
        <p className="text-muted">{emptyText}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <TaskItem key={task.id} task={task} overdue={overdue} />
          ))}
        </ul>
      )}
    </CollapsibleSection>
  );
}
