import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { useCaseworkers } from "#client/features/caseworkers/api/get-caseworkers.ts";
import { TaskListSection } from "#client/features/tasks/components/task-list-section.tsx";
import type { Person } from "#shared/schemas/person.ts";

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
