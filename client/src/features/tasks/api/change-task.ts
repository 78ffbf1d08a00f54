import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { conflictReasonOf, staleRecordOf } from "#client/lib/conflict.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import type { Page } from "#shared/api/pagination.ts";
import { paths } from "#shared/api/paths.ts";
import { type MyDay, type Task, type TaskCreate, TaskSchema, type TaskUpdate } from "#shared/schemas/task.ts";
import { taskQueries } from "./get-tasks.ts";

const replaceIn = (tasks: Task[], task: Task) => tasks.map((item) => (item.id === task.id ? task : item));

/** A ticked task stays where it is (struck through) until the lists are next loaded. */
function storeTask(queryClient: QueryClient, task: Task) {
  queryClient.setQueriesData<Page<Task>>({ queryKey: taskQueries.lists() }, (page) =>
    page ? { ...page, items: replaceIn(page.items, task) } : page,
  );
  queryClient.setQueryData<MyDay>(taskQueries.myDay().queryKey, (day) =>
    day
      ? {
          ...day,
          overdue: replaceIn(day.overdue, task),
          dueToday: replaceIn(day.dueToday, task),
          nextSevenDays: replaceIn(day.nextSevenDays, task),
        }
      : day,
  );
}

type UpdateTaskInput = { id: string; changes: TaskUpdate };

export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateTaskInput) => api.patch(paths.task(id), changes, TaskSchema),
    onSuccess: (task) => storeTask(queryClient, task),
    onError: (error) => {
      const current = staleRecordOf(error, TaskSchema);
      if (current) storeTask(queryClient, current);
    },
  });
}

export function useCreateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: TaskCreate) => api.post(paths.tasks, task, TaskSchema),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: taskQueries.all });
      void queryClient.invalidateQueries({ queryKey: queryRoots.cases });
    },
    onError: (error) => {
      if (conflictReasonOf(error) !== "case_closed") return;
      void queryClient.invalidateQueries({ queryKey: queryRoots.cases });
      void queryClient.invalidateQueries({ queryKey: queryRoots.persons });
    },
  });
}
