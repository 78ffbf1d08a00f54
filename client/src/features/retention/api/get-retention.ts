import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { RetentionOverviewSchema } from "#shared/schemas/retention.ts";

export const retentionQueries = {
  all: ["retention"] as const,
  overview: () =>
    queryOptions({
      queryKey: [...retentionQueries.all, "overview"] as const,
      queryFn: ({ signal }) => api.get(paths.retention, RetentionOverviewSchema, { signal }),
    }),
};

export function useRetentionOverview() {
  return useQuery(retentionQueries.overview());
}
