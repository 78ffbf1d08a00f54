import type { Person } from "../../../../../shared/schemas/person.ts";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { useCaseworkers } from "../../../features/caseworkers/api/get-caseworkers.ts";
import { TaskListSection } from "../../../features/tasks/components/task-list-section.tsx";

export function PersonTasks({ person }: { person: Person }) {
  const user = useSessionUser();
  const caseworkers = useCaseworkers();
  return (
    <TaskListSection
      params={{ personId: person.id }}
      userId={user.id}
      caseworkers={caseworkers.data ?? []}
      addToCaseId={person.openCase?.id}
    />
  );
}
