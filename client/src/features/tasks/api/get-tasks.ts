import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { MyDaySchema, type TaskListQuery, TaskPageSchema } from "#shared/schemas/task.ts";

const TASKS_LIMIT = 100;

export type TaskListParams = Pick<TaskListQuery, "caseId" | "personId" | "done">;

export const taskQueries = {
  all: queryRoots.tasks,
  lists: () => [...taskQueries.all, "list"] as const,
  list: (params: TaskListParams) =>
    queryOptions({
      queryKey: [...taskQueries.lists(), params] as const,
      queryFn: ({ signal }) =>
        api.get(paths.tasks, TaskPageSchema, { signal, query: { ...params, limit: TASKS_LIMIT } }),
    }),
  myDay: () =>
    queryOptions({
      queryKey: [...taskQueries.all, "my-day"] as const,
      queryFn: ({ signal }) => api.get(paths.myDay, MyDaySchema, { signal }),
      staleTime: 0,
    }),
};

export function useTasks(params: TaskListParams) {
  return useQuery(taskQueries.list(params));
}

export function useMyDay() {
  return useQuery(taskQueries.myDay());
}
