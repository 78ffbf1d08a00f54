import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { ActivityListSchema } from "#shared/schemas/case.ts";
import { caseQueries } from "./get-cases.ts";

export const activityQueries = {
  list: (caseId: string) =>
    queryOptions({
      queryKey: [...caseQueries.all, "activities", caseId] as const,
      queryFn: ({ signal }) => api.get(paths.caseActivities(caseId), ActivityListSchema, { signal }),
    }),
};

export function useActivities(caseId: string) {
  return useQuery(activityQueries.list(caseId));
}
